package kz.housesofdemocracy.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Every JSON request body is checked against the record it becomes before JSON-B reads it (see
 * {@link JsonShape}): a number that does not fit, a fraction where a whole number is meant, a date
 * out of bounds or a broken string is refused with 422 naming the field, so nothing is stored.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

    /**
     * Looked up once: {@code Json.createReader} asks the service loader for the provider on every
     * call, which scanned the deployment's jars for each request (a tenth of a booking request's
     * time in the booking benchmark's profile).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !JsonShape.ours(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        JsonValue value = parse(body);
        if (value != null) {
            JsonShape.check(context.getGenericType(), value).orRefuse();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static JsonValue parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            // Not JSON at all: JSON-B refuses it as today (400).
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
