package dev.boxoffice.platform;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Text fields take JSON strings only, and no NUL character (PostgreSQL cannot store it). Yasson
 * alone would turn {@code 1} or {@code true} into "1" or "true", and a NUL would fail deep in
 * the database as a server error.
 */
public class StrictStringDeserializer implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new JsonbException("Expected a string but got " + shorten(value.toString()));
        }
        if (string.getString().indexOf('\u0000') >= 0) {
            throw new JsonbException("Text may not contain the NUL character (\\u0000).");
        }
        return string.getString();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
