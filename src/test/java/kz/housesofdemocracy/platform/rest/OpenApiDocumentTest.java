package kz.housesofdemocracy.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build writes (target/openapi/openapi.json, by the same SmallRye OpenAPI
 * WildFly serves it with) read by a parser nobody here wrote, and held to what integrators need:
 * every operation named, summarised, described and tagged, every answer it can give documented with
 * a schema, errors as problem bodies. {@code -Dopenapi.paths=/api/bookings,/api/series} narrows the
 * per-operation checks to paths starting with those prefixes.
 */
class OpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");
    private static SwaggerParseResult parsed;
    private static OpenAPI api;

    @BeforeAll
    static void parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(Files.readString(DOCUMENT), null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages");
        assertTrue(api.getOpenapi().startsWith("3.1"), api.getOpenapi());
        assertTrue(api.getInfo().getDescription().contains("How to start"));
        assertTrue(api.getComponents().getSecuritySchemes().containsKey("bearerAuth"));
    }

    @Test
    void operationIdsAreUnique() {
        Map<String, List<String>> byId = new HashMap<>();
        operations()
                .forEach(
                        o ->
                                byId.computeIfAbsent(
                                                String.valueOf(o.operation().getOperationId()),
                                                k -> new ArrayList<>())
                                        .add(o.name()));
        List<String> twice =
                byId.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + " " + e.getValue())
                        .sorted()
                        .toList();
        assertEquals(List.of(), twice, "operation ids used more than once");
    }

    @Test
    void everyOperationIsDescribedAndAnswersAreDocumented() {
        Set<String> tags =
                api.getTags().stream()
                        .map(io.swagger.v3.oas.models.tags.Tag::getName)
                        .collect(Collectors.toSet());
        List<String> faults = new ArrayList<>();
        for (Op o : selected()) {
            Operation op = o.operation();
            String name = o.name();
            if (blank(op.getSummary())) {
                faults.add(name + ": no summary");
            }
            if (blank(op.getDescription())) {
                faults.add(name + ": no description");
            }
            if (op.getTags() == null || op.getTags().isEmpty()) {
                faults.add(name + ": no tag");
            } else if (!tags.containsAll(op.getTags())) {
                faults.add(name + ": a tag not declared in OpenApiModel " + op.getTags());
            }
            for (Parameter p :
                    op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                if (blank(p.getDescription())) {
                    faults.add(name + ": parameter " + p.getName() + " has no description");
                }
            }
            Map<String, ApiResponse> responses =
                    op.getResponses() == null ? Map.of() : op.getResponses();
            if (responses.keySet().stream()
                    .noneMatch(s -> s.startsWith("2") || s.startsWith("3"))) {
                faults.add(name + ": no success answer documented");
            }
            if (responses.keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                faults.add(name + ": no error answer documented");
            }
            responses.forEach((status, response) -> check(name, status, response, faults));
            if ("post".equals(o.method())
                    && responses.containsKey("201")
                    && (responses.get("201").getHeaders() == null
                            || !responses.get("201").getHeaders().containsKey("Location"))) {
                faults.add(name + ": 201 without a Location header");
            }
            if (op.getSecurity() != null
                    && !op.getSecurity().isEmpty()
                    && !responses.containsKey("401")) {
                faults.add(name + ": needs bearerAuth but does not document 401");
            }
        }
        assertEquals(List.of(), faults, faults.size() + " faults");
    }

    /**
     * The operations GeneratedClientIT calls by the generated client's method names: named so, on
     * these paths, under these tags (the client's API classes are named after the first tag).
     */
    @Test
    void theGeneratedClientsJourneyFindsItsOperations() {
        Map<String, String> wanted = new java.util.TreeMap<>();
        wanted.put("signIn", "accounts POST /api/session");
        wanted.put("createApiToken", "accounts POST /api/me/tokens");
        wanted.put("getMe", "accounts GET /api/me");
        wanted.put("listHouses", "premises GET /api/houses");
        wanted.put("findFreeRooms", "bookings GET /api/houses/{id}/free-rooms");
        wanted.put("createBooking", "bookings POST /api/bookings");
        wanted.put("listMyBookings", "bookings GET /api/bookings/mine");
        wanted.put("cancelBooking", "bookings POST /api/bookings/{id}/cancellation");
        Map<String, String> found = new java.util.TreeMap<>();
        for (Op o : operations()) {
            String id = o.operation().getOperationId();
            if (wanted.containsKey(id)) {
                List<String> tags = o.operation().getTags();
                found.put(
                        id,
                        (tags == null || tags.isEmpty() ? "(untagged)" : tags.get(0))
                                + " "
                                + o.name());
            }
        }
        assertEquals(wanted, found);
    }

    private static void check(String name, String status, ApiResponse given, List<String> faults) {
        ApiResponse response = given;
        if (given.get$ref() != null) {
            String ref = given.get$ref().substring(given.get$ref().lastIndexOf('/') + 1);
            response = api.getComponents().getResponses().get(ref);
            if (response == null) {
                faults.add(name + " " + status + ": refers to no response " + given.get$ref());
                return;
            }
        }
        if (blank(response.getDescription())) {
            faults.add(name + " " + status + ": no description");
        }
        Map<String, MediaType> content =
                response.getContent() == null ? Map.of() : response.getContent();
        if (status.startsWith("4") || status.startsWith("5")) {
            MediaType problem = content.get(Problem.MEDIA_TYPE);
            if (problem == null
                    || problem.getSchema() == null
                    || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
                faults.add(name + " " + status + ": not a problem answer (use ref = \"…\")");
            }
            return;
        }
        if (status.equals("204") && !content.isEmpty()) {
            faults.add(name + " 204 with content");
        }
        content.forEach(
                (type, media) -> {
                    if (empty(media.getSchema())) {
                        faults.add(name + " " + status + " " + type + ": empty schema");
                    }
                });
    }

    private static boolean empty(Schema<?> schema) {
        return schema == null
                || (schema.get$ref() == null
                        && schema.getType() == null
                        && (schema.getTypes() == null || schema.getTypes().isEmpty())
                        && schema.getOneOf() == null
                        && schema.getAnyOf() == null
                        && schema.getAllOf() == null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    record Op(String path, String method, Operation operation) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    /**
     * The operations to check: all, or those tagged with one of {@code -Dopenapi.tags} and the
     * untagged ones under one of {@code -Dopenapi.paths}.
     */
    private static List<Op> selected() {
        List<String> tags = list(System.getProperty("openapi.tags", ""));
        List<String> paths = list(System.getProperty("openapi.paths", ""));
        if (tags.isEmpty() && paths.isEmpty()) {
            return operations();
        }
        return operations().stream()
                .filter(
                        o -> {
                            List<String> own = o.operation().getTags();
                            if (own != null && !own.isEmpty()) {
                                return own.stream().anyMatch(tags::contains);
                            }
                            return paths.stream().anyMatch(p -> o.path().startsWith(p));
                        })
                .toList();
    }

    private static List<String> list(String csv) {
        return csv.isBlank()
                ? List.of()
                : List.of(csv.split(",")).stream().map(String::trim).toList();
    }

    private static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        api.getPaths()
                .forEach(
                        (path, item) ->
                                item.readOperationsMap()
                                        .forEach(
                                                (method, op) ->
                                                        ops.add(
                                                                new Op(
                                                                        path,
                                                                        method.name().toLowerCase(),
                                                                        op))));
        return ops;
    }
}
