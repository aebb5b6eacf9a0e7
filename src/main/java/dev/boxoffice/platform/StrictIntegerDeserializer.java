package dev.boxoffice.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** Counts and sizes, like ids ({@link StrictLongDeserializer}): whole JSON numbers that fit, never "2" or 2.5. */
public class StrictIntegerDeserializer implements JsonbDeserializer<Integer> {

    private final StrictLongDeserializer whole = new StrictLongDeserializer();

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        Long value = whole.deserialize(parser, context, type);
        if (value == null) {
            return null;
        }
        try {
            return Math.toIntExact(value);
        } catch (ArithmeticException tooLarge) {
            throw new JsonbException("Number out of range: " + value);
        }
    }
}
