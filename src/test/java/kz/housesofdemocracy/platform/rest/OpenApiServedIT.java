package kz.housesofdemocracy.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import kz.housesofdemocracy.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document WildFly serves ({@code /openapi} at the server's root) is valid OpenAPI 3.1
 * to swagger-parser, and is the one the build wrote with SmallRye's Maven plugin
 * (target/openapi/openapi.json, which the generated client and OpenApiDocumentTest read): the same
 * model reader, the same scan, the same SmallRye version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiServedIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource private URL base;

    private String served() {
        URI root = URI.create(base.toString()).resolve("/");
        HttpResponse<String> answer = Http.get(toUrl(root), "openapi?format=JSON");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").contains("json"),
                answer.headers().toString());
        return answer.body();
    }

    @Test
    void theServedDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages");
        assertTrue(
                parsed.getOpenAPI().getOpenapi().startsWith("3.1"),
                parsed.getOpenAPI().getOpenapi());
        assertTrue(
                parsed.getOpenAPI().getPaths().size() > 50,
                "paths: " + parsed.getOpenAPI().getPaths().size());
    }

    /**
     * Compared as JSON (key order aside). Only where the API lives may differ, which a build cannot
     * know: {@code servers}, and the deployment's context root that WildFly puts in front of every
     * path of a non-root deployment (here {@code /hod-it}; the run command's ROOT.war has none), so
     * the served paths are compared with it taken off.
     */
    @Test
    void theServedDocumentIsTheOneTheBuildWrote() throws Exception {
        JsonNode served = JSON.readTree(served());
        JsonNode built =
                JSON.readTree(Files.readString(Path.of("target", "openapi", "openapi.json")));
        ((ObjectNode) served).remove("servers");
        ((ObjectNode) built).remove("servers");
        String context = URI.create(base.toString()).getPath().replaceAll("/$", "");
        ObjectNode paths = JSON.createObjectNode();
        served.path("paths")
                .fields()
                .forEachRemaining(
                        p ->
                                paths.set(
                                        p.getKey().startsWith(context + "/")
                                                ? p.getKey().substring(context.length())
                                                : p.getKey(),
                                        p.getValue()));
        ((ObjectNode) served).set("paths", paths);
        List<String> differences = new ArrayList<>();
        diff("", built, served, differences);
        assertEquals(
                List.of(),
                differences.subList(0, Math.min(40, differences.size())),
                differences.size() + " differences (built → served)");
    }

    private static void diff(String at, JsonNode built, JsonNode served, List<String> out) {
        if (built == null || served == null) {
            out.add(at + ": " + (built == null ? "only served" : "only built"));
        } else if (built.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            built.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(
                        at + "/" + name.replace("~", "~0").replace("/", "~1"),
                        built.get(name),
                        served.get(name),
                        out);
            }
        } else if (built.isArray() && served.isArray() && built.size() == served.size()) {
            Iterator<JsonNode> b = built.elements();
            Iterator<JsonNode> s = served.elements();
            for (int i = 0; b.hasNext(); i++) {
                diff(at + "/" + i, b.next(), s.next(), out);
            }
        } else if (!built.equals(served)) {
            out.add(at + ": " + abbreviate(built) + " → " + abbreviate(served));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
