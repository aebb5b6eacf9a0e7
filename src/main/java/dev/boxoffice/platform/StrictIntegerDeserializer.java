package dev.boxoffice.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** Counts and sizes, like ids ({@link StrictLongDeserializer}): whole JSON numbers that fit, never "2" or 2.5. */
public class StrictIntegerDeserializer implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new JsonbException("Expected a whole number but got " + value);
        }
        try {
            return number.bigIntegerValueExact().intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new JsonbException("Number out of range: " + value);
        }
    }
}
