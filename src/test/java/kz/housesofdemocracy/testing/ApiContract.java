package kz.housesofdemocracy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds every answer the REST tests receive to the OpenAPI document the server serves ({@code
 * /openapi?format=JSON} at the server's root, read once per run with swagger-parser): the request's
 * method and path must be an operation of the document, the status one documented for it, the
 * content type one documented for that status, and a JSON body must match the documented schema
 * (JSON Schema 2020-12, as OpenAPI 3.1 says, by networknt's validator). Requests outside {@code
 * /api} (pages, the document itself, health) are not checked.
 *
 * <p>System property {@code hod.api.contract}: {@code record} (the default) only reports; {@code
 * enforce} also fails the test that received a mismatching answer. Either way every answer is
 * counted, and at the end of the run (a shutdown hook) {@code hod.api.contract.report} (default
 * {@code target/api-contract.txt}) lists the operations exercised with their statuses, the
 * operations not exercised, and every mismatch.
 */
public final class ApiContract {

    /** What a mismatch does: reported only, or also failing the test. */
    public enum Mode {
        RECORD,
        ENFORCE
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ApiContract> BY_ROOT = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, AtomicInteger>> EXERCISED =
            new ConcurrentHashMap<>();
    private static final Map<String, Mismatch> MISMATCHES = new ConcurrentHashMap<>();
    private static final AtomicInteger ANSWERS = new AtomicInteger();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/}]+}");

    private final String source;
    private final List<String> parserMessages;
    private final String openapiVersion;
    private final JsonNode document;
    private final List<PathTemplate> templates = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();

    private record PathTemplate(String template, Pattern pattern, int literals) {}

    private record Mismatch(String what, String firstTest, AtomicInteger count) {}

    private ApiContract(String source, String text) throws IOException {
        this.source = source;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        this.parserMessages =
                parsed.getMessages() == null ? List.of() : List.copyOf(parsed.getMessages());
        this.openapiVersion = parsed.getOpenAPI() == null ? "?" : parsed.getOpenAPI().getOpenapi();
        this.document = JSON.readTree(text);
        document.path("paths")
                .fieldNames()
                .forEachRemaining(
                        t -> {
                            StringBuilder regex = new StringBuilder();
                            Matcher m = TEMPLATE_VARIABLE.matcher(t);
                            int at = 0;
                            while (m.find()) {
                                regex.append(Pattern.quote(t.substring(at, m.start())))
                                        .append("[^/]+");
                                at = m.end();
                            }
                            regex.append(Pattern.quote(t.substring(at)));
                            templates.add(
                                    new PathTemplate(
                                            t,
                                            Pattern.compile(regex.toString()),
                                            TEMPLATE_VARIABLE.matcher(t).replaceAll("").length()));
                        });
        templates.sort(Comparator.comparingInt(PathTemplate::literals).reversed());
    }

    /** The mode the run asked for with {@code -Dhod.api.contract}. */
    public static Mode mode() {
        return "enforce".equalsIgnoreCase(System.getProperty("hod.api.contract", "record"))
                ? Mode.ENFORCE
                : Mode.RECORD;
    }

    /**
     * Checks one answer. {@code base} is the application's address (its context path is taken off
     * the request's path); {@code body} may be null for answers not kept as text.
     */
    public static void check(
            URI base, String method, URI request, int status, String contentType, String body) {
        String contextPath = base.getPath() == null ? "" : base.getPath();
        if (contextPath.endsWith("/")) {
            contextPath = contextPath.substring(0, contextPath.length() - 1);
        }
        String path = request.getPath() == null ? "" : request.getPath();
        if (!path.startsWith(contextPath + "/api/") && !path.equals(contextPath + "/api")) {
            return;
        }
        String full = path;
        path = path.substring(contextPath.length());
        hook();
        ANSWERS.incrementAndGet();
        ApiContract contract = forServer(base);
        String problem;
        String operation;
        if (contract == null) {
            operation = method + " " + path;
            problem = "no OpenAPI document could be read from the server";
        } else {
            String[] found = new String[1];
            problem =
                    contract.verify(
                            method.toLowerCase(Locale.ROOT),
                            full,
                            path,
                            status,
                            contentType == null ? "" : contentType,
                            body,
                            found);
            operation = found[0];
        }
        String mediaType = mediaType(contentType);
        EXERCISED
                .computeIfAbsent(operation, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        status + " " + (mediaType.isEmpty() ? "(no body)" : mediaType),
                        k -> new AtomicInteger())
                .incrementAndGet();
        if (problem != null) {
            String what = operation + " → " + status + " " + mediaType + ": " + problem;
            MISMATCHES
                    .computeIfAbsent(
                            what, k -> new Mismatch(what, currentTest(), new AtomicInteger()))
                    .count()
                    .incrementAndGet();
            if (mode() == Mode.ENFORCE) {
                throw new AssertionError("The answer is not the documented one: " + what);
            }
        }
    }

    private static ApiContract forServer(URI base) {
        String root = base.getScheme() + "://" + base.getAuthority();
        ApiContract known = BY_ROOT.get(root);
        if (known != null) {
            return known;
        }
        synchronized (BY_ROOT) {
            known = BY_ROOT.get(root);
            if (known == null) {
                known = read(URI.create(root + "/openapi?format=JSON"));
                if (known != null) {
                    BY_ROOT.put(root, known);
                }
            }
            return known;
        }
    }

    private static ApiContract read(URI address) {
        try {
            HttpResponse<String> response =
                    HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(10))
                            .build()
                            .send(
                                    HttpRequest.newBuilder(address)
                                            .timeout(Duration.ofSeconds(60))
                                            .header("Accept", "application/json")
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return new ApiContract(address.toString(), response.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Null when the answer is a documented one, else what is wrong with it. */
    private String verify(
            String method,
            String full,
            String path,
            int status,
            String contentType,
            String body,
            String[] operationName) {
        // WildFly puts a non-root deployment's context root in front of every path (/hod-it/api/…);
        // the build's document and a root deployment have none: try the full path first
        PathTemplate template =
                templates.stream()
                        .filter(t -> t.pattern().matcher(full).matches())
                        .findFirst()
                        .orElse(null);
        template =
                template != null
                        ? template
                        : templates.stream()
                                .filter(t -> t.pattern().matcher(path).matches())
                                .findFirst()
                                .orElse(null);
        JsonNode operation =
                template == null
                        ? null
                        : document.path("paths").path(template.template()).get(method);
        if (operation == null) {
            operationName[0] = method.toUpperCase(Locale.ROOT) + " " + path;
            if (template == null
                    && status == 404
                    && contentType != null
                    && contentType.startsWith("application/problem+json")) {
                // an address the API does not have: a 404 problem is the only right answer
                return null;
            }
            return template == null
                    ? "no path of the document matches"
                    : "the document has no "
                            + method.toUpperCase(Locale.ROOT)
                            + " on "
                            + template.template();
        }
        String id = operation.path("operationId").asText("(no operationId)");
        operationName[0] = id + " " + method.toUpperCase(Locale.ROOT) + " " + template.template();
        JsonNode responses = operation.path("responses");
        String code = String.valueOf(status);
        JsonNode response = responses.get(code);
        if (response == null) {
            code = status / 100 + "XX";
            response = responses.get(code);
        }
        if (response == null) {
            code = "default";
            response = responses.get(code);
        }
        if (response == null) {
            List<String> documented = new ArrayList<>();
            responses.fieldNames().forEachRemaining(documented::add);
            return "status " + status + " is not documented (documented: " + documented + ")";
        }
        response = resolve(response);
        String mediaType = mediaType(contentType);
        boolean hasBody = body == null ? !mediaType.isEmpty() : !body.isEmpty();
        JsonNode content = response.path("content");
        if (!hasBody) {
            return content.isObject()
                            && !content.isEmpty()
                            && status != 304
                            && !"head".equals(method)
                    ? "an empty answer, but the document promises " + names(content)
                    : null;
        }
        if (!content.isObject() || content.isEmpty()) {
            return "a body of type '" + mediaType + "', but the document describes no content";
        }
        String key = matchingKey(content, mediaType);
        if (key == null) {
            return "content type '"
                    + mediaType
                    + "' is not documented (documented: "
                    + names(content)
                    + ")";
        }
        JsonNode schema = content.path(key).get("schema");
        if (schema == null || body == null || !isJson(mediaType)) {
            return null;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return "the body is not JSON: " + e.getMessage();
        }
        JsonSchema validator =
                schemas.computeIfAbsent(
                        operationName[0] + " " + code + " " + key,
                        k -> factory.getSchema(standalone(schema), config));
        Set<ValidationMessage> errors = validator.validate(answer);
        if (errors.isEmpty()) {
            return null;
        }
        List<String> said = errors.stream().map(ValidationMessage::getMessage).sorted().toList();
        return "the body does not match the schema: "
                + String.join("; ", said.subList(0, Math.min(5, said.size())))
                + (said.size() > 5 ? "; … " + (said.size() - 5) + " more" : "");
    }

    /** The schema as a JSON Schema document of its own: the components as $defs. */
    private JsonNode standalone(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        JsonNode copy = rewriteRefs(schema.deepCopy());
        if (copy.isObject()) {
            root.setAll((ObjectNode) copy);
        } else {
            return copy;
        }
        JsonNode components = document.path("components").path("schemas");
        if (components.isObject()) {
            root.set("$defs", rewriteRefs(components.deepCopy()));
        }
        return root;
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.set(
                        "$ref",
                        TextNode.valueOf(
                                ref.asText().replace("#/components/schemas/", "#/$defs/")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                rewriteRefs(it.next().getValue());
            }
        } else if (node.isArray()) {
            node.forEach(ApiContract::rewriteRefs);
        }
        return node;
    }

    private JsonNode resolve(JsonNode response) {
        JsonNode ref = response.get("$ref");
        if (ref == null) {
            return response;
        }
        String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
        JsonNode named = document.path("components").path("responses").get(name);
        return named == null ? response : named;
    }

    private static String matchingKey(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String type = mediaType.contains("/") ? mediaType.substring(0, mediaType.indexOf('/')) : "";
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String k = mediaType(key);
            if (k.equals(mediaType) || k.equals("*/*") || k.equals(type + "/*")) {
                return key;
            }
        }
        return null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static String currentTest() {
        return StackWalker.getInstance()
                .walk(
                        frames ->
                                frames.filter(
                                                f ->
                                                        f.getClassName().endsWith("IT")
                                                                || f.getClassName()
                                                                        .endsWith("Test"))
                                        .map(
                                                f ->
                                                        f.getClassName()
                                                                        .substring(
                                                                                f.getClassName()
                                                                                                .lastIndexOf(
                                                                                                        '.')
                                                                                        + 1)
                                                                + "#"
                                                                + f.getMethodName())
                                        .findFirst()
                                        .orElse("?"));
    }

    private static void hook() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(ApiContract::writeReport, "api-contract-report"));
        }
    }

    /** Writes the report now (the shutdown hook does it at the end of the run). */
    public static synchronized void writeReport() {
        Path file =
                Path.of(System.getProperty("hod.api.contract.report", "target/api-contract.txt"));
        List<String> lines = new ArrayList<>();
        ApiContract contract = BY_ROOT.values().stream().findFirst().orElse(null);
        lines.add("# The API contract check (testing/ApiContract), mode " + mode());
        if (contract == null) {
            lines.add("No OpenAPI document could be read from the server.");
        } else {
            lines.add(
                    "Document: "
                            + contract.source
                            + ", OpenAPI "
                            + contract.openapiVersion
                            + ", swagger-parser messages: "
                            + contract.parserMessages.size());
            contract.parserMessages.forEach(m -> lines.add("  " + m));
        }
        Map<String, Map<String, AtomicInteger>> exercised = new TreeMap<>(EXERCISED);
        Set<String> documented = new TreeSet<>();
        if (contract != null) {
            contract.document
                    .path("paths")
                    .fields()
                    .forEachRemaining(
                            p ->
                                    p.getValue()
                                            .fields()
                                            .forEachRemaining(
                                                    o -> {
                                                        if (o.getValue().has("responses")) {
                                                            documented.add(
                                                                    o.getValue()
                                                                                    .path(
                                                                                            "operationId")
                                                                                    .asText(
                                                                                            "(no operationId)")
                                                                            + " "
                                                                            + o.getKey()
                                                                                    .toUpperCase(
                                                                                            Locale
                                                                                                    .ROOT)
                                                                            + " "
                                                                            + p.getKey());
                                                        }
                                                    }));
        }
        Set<String> untouched = new TreeSet<>(documented);
        untouched.removeAll(exercised.keySet());
        long documentedExercised = exercised.keySet().stream().filter(documented::contains).count();
        lines.add(
                ANSWERS.get()
                        + " answers checked; "
                        + documentedExercised
                        + " of "
                        + documented.size()
                        + " documented operations exercised; "
                        + MISMATCHES.size()
                        + " distinct mismatches ("
                        + MISMATCHES.values().stream().mapToInt(m -> m.count().get()).sum()
                        + " answers)");
        lines.add("");
        lines.add("## Mismatches (answer: what is wrong ×count, first seen in)");
        List<Mismatch> mismatches = new ArrayList<>(MISMATCHES.values());
        mismatches.sort(Comparator.comparing(Mismatch::what));
        mismatches.forEach(
                m -> lines.add(m.what() + " ×" + m.count().get() + " [" + m.firstTest() + "]"));
        lines.add("");
        lines.add("## Exercised (operation: status content type ×count)");
        exercised.forEach(
                (operation, answers) -> {
                    Map<String, Integer> sorted = new TreeMap<>();
                    answers.forEach((k, v) -> sorted.put(k, v.get()));
                    List<String> parts = new ArrayList<>();
                    sorted.forEach((k, v) -> parts.add(k + " ×" + v));
                    lines.add(operation + ": " + String.join(", ", parts));
                });
        lines.add("");
        lines.add("## Not exercised (" + untouched.size() + ")");
        lines.addAll(untouched);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, lines);
        } catch (IOException e) {
            System.err.println("api-contract report not written: " + e);
        }
    }

    /** Every mismatch seen so far, for tests that look at the recording itself. */
    public static List<String> mismatches() {
        List<String> all = new ArrayList<>(MISMATCHES.keySet());
        Collections.sort(all);
        return all;
    }
}
