package kz.housesofdemocracy.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for tests that call the REST API and pages as a program would. Answers from
 * {@code /api} are held to the served OpenAPI document ({@link ApiContract}).
 */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private Http() {}

    public static HttpResponse<String> get(URL base, String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response =
                    CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(
                    URI.create(base.toString()),
                    "GET",
                    built.uri(),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
