package kz.housesofdemocracy.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without it RESTEasy builds a new one per message, which
 * looks its provider up again and introspects every class anew: the profiler found that to be the
 * largest single cost of a booking request. JSON-B instances are thread-safe and meant to be
 * shared.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb SHARED = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return SHARED;
    }
}
