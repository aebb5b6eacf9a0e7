package dev.boxoffice.platform;

import jakarta.json.Json;
import jakarta.json.JsonConfig.KeyStrategy;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * A JSON request body must be one complete JSON text in UTF-8 (RFC 8259) before JSON-B sees
 * it. JSON-B alone would decode broken UTF-8 into U+FFFD, stop reading after the first value
 * (so {@code {...}garbage} passed), let a repeated key silently win, and read {@code [{...}]}
 * as the object inside.
 */
@Provider
public class StrictJsonBody implements ReaderInterceptor {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(
            Map.of(jakarta.json.JsonConfig.KEY_STRATEGY, KeyStrategy.NONE));

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(body, !Collection.class.isAssignableFrom(context.getType()) && !context.getType().isArray());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void check(byte[] body, boolean wantsObject) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new BadRequest("malformed-json", "The request body is not valid UTF-8.");
        }
        JsonValue value;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("Unexpected content after the JSON value.");
            }
        } catch (RuntimeException | StackOverflowError malformed) {
            // Parsson reports too deep nesting as a bare RuntimeException
            throw new BadRequest("malformed-json", "The request body is not one valid JSON value: "
                    + shorten(malformed.getMessage()));
        }
        if (wantsObject && value.getValueType() != JsonValue.ValueType.OBJECT && value != JsonValue.NULL) {
            throw new BadRequest("malformed-json", "The request body must be a JSON object.");
        }
    }

    private static String shorten(String message) {
        if (message == null) {
            return "too deeply nested.";
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
