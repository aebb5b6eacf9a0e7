package dev.boxoffice.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Ids must be whole JSON numbers that fit a long. Yasson alone would read 1.5 as 1 and 1e400
 * as 0, turning a client's mistake into a request about some other seat.
 */
public class StrictLongDeserializer implements JsonbDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new JsonbException("Expected a whole number but got " + value);
        }
        try {
            return number.bigIntegerValueExact().longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new JsonbException("Number out of range: " + value);
        }
    }
}
