package kz.housesofdemocracy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself, without WildFly: a small HTTP server serves the document the build
 * wrote at {@code /openapi}, and answers are handed to {@link ApiContract} as {@link Api} would.
 */
class ApiContractTest {

    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void serveTheDocument() throws IOException {
        byte[] document = Files.readAllBytes(Path.of("target", "openapi", "openapi.json"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/openapi",
                exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, document.length);
                    exchange.getResponseBody().write(document);
                    exchange.close();
                });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hod-it/");
        System.setProperty(
                "hod.api.contract.report",
                Path.of("target", "api-contract-unit.txt").toAbsolutePath().toString());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @AfterEach
    void recordAgain() {
        System.clearProperty("hod.api.contract");
    }

    private static List<String> after(Runnable answer) {
        List<String> before = ApiContract.mismatches();
        answer.run();
        List<String> now = new java.util.ArrayList<>(ApiContract.mismatches());
        now.removeAll(before);
        return now;
    }

    private static void regions(int status, String type, String body) {
        ApiContract.check(base, "GET", base.resolve("api/regions"), status, type, body);
    }

    @Test
    void aDocumentedAnswerPasses() {
        String region =
                "[{\"code\":\"KZ-AST\",\"name\":{\"kk\":\"Астана\",\"ru\":\"Астана\",\"en\":\"Astana\"},"
                        + "\"houses\":[]}]";
        assertEquals(List.of(), after(() -> regions(200, "application/json", region)));
        assertEquals(
                List.of(),
                after(
                        () ->
                                regions(
                                        400,
                                        "application/problem+json;charset=UTF-8",
                                        "{\"type\":\"urn:x\",\"title\":\"Bad\",\"status\":400,"
                                                + "\"detail\":\"No.\"}")));
    }

    @Test
    void anUndocumentedStatusIsAMismatch() {
        List<String> found = after(() -> regions(418, "application/problem+json", "{}"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("listRegions GET /api/regions → 418"), found.get(0));
        assertTrue(found.get(0).contains("status 418 is not documented"), found.get(0));
    }

    @Test
    void anUndocumentedContentTypeIsAMismatch() {
        List<String> found = after(() -> regions(200, "text/html", "<p>"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("'text/html' is not documented"), found.get(0));
    }

    @Test
    void aBodyOfTheWrongShapeIsAMismatch() {
        List<String> found =
                after(() -> regions(200, "application/json", "[{\"code\":7,\"houses\":{}}]"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("does not match the schema"), found.get(0));
        assertTrue(found.get(0).contains("code"), found.get(0));
    }

    @Test
    void anAnswerFromNoDocumentedPathIsAMismatchAndPagesAreNotChecked() {
        List<String> found =
                after(
                        () ->
                                ApiContract.check(
                                        base,
                                        "GET",
                                        base.resolve("api/no-such-thing"),
                                        200,
                                        "application/json",
                                        "{}"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("no path of the document matches"), found.get(0));
        // an address the API does not have may only answer a 404 problem, and that one is right
        assertEquals(
                List.of(),
                after(
                        () ->
                                ApiContract.check(
                                        base,
                                        "GET",
                                        base.resolve("api/no-such-thing"),
                                        404,
                                        "application/problem+json",
                                        "{}")));
        assertEquals(
                List.of(),
                after(
                        () ->
                                ApiContract.check(
                                        base,
                                        "GET",
                                        base.resolve("health"),
                                        418,
                                        "text/html",
                                        "x")));
    }

    @Test
    void enforcingFailsTheTestThatReceivedIt() {
        System.setProperty("hod.api.contract", "enforce");
        AssertionError failed =
                assertThrows(AssertionError.class, () -> regions(451, "text/plain", "no"));
        assertTrue(failed.getMessage().contains("listRegions GET /api/regions → 451"));
    }

    @Test
    void theReportListsWhatWasExercisedAndEveryMismatch() throws IOException {
        regions(200, "application/json", "[]");
        regions(419, "application/json", "[]");
        ApiContract.writeReport();
        String report =
                Files.readString(
                        Path.of(System.getProperty("hod.api.contract.report")),
                        StandardCharsets.UTF_8);
        assertTrue(report.contains("listRegions GET /api/regions: 200 application/json"), report);
        assertTrue(report.contains("listRegions GET /api/regions → 419"), report);
        assertTrue(report.contains("swagger-parser messages: "), report);
        assertTrue(report.contains("## Not exercised"), report);
    }
}
