package kz.housesofdemocracy.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A REST client as a program would be: its own cookie jar (a session after sign-in), or a personal
 * API token. Every call's answer is kept whole for assertions, and held to the OpenAPI document the
 * server serves ({@link ApiContract}: recorded, or failing the test under {@code
 * -Dhod.api.contract=enforce}).
 */
public final class Api {

    private final URI base;
    private final HttpClient client;
    private String token;
    private String language = "en";

    private Api(URL base) {
        this(URI.create(base.toString()));
    }

    private Api(URI base) {
        this.base = base;
        this.client =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    public static Api anonymous(URL base) {
        return new Api(base);
    }

    /** Signs in with a session cookie through POST /api/session; fails unless 200. */
    public static Api signedIn(URL base, String email, String password) {
        Api api = new Api(base);
        Reply reply =
                api.post(
                        "api/session",
                        Json.createObjectBuilder()
                                .add("email", email)
                                .add("password", password)
                                .build()
                                .toString());
        if (reply.status() != 200) {
            throw new AssertionError(
                    "sign-in of " + email + " answered " + reply.status() + ": " + reply.body());
        }
        return api;
    }

    /**
     * A client that authenticates with a personal API token, created through a signed-in session.
     */
    public static Api withToken(URL base, String email, String password) {
        Api session = signedIn(base, email, password);
        Reply created = session.post("api/me/tokens", tokenRequest("tests", password));
        if (created.status() != 201) {
            throw new AssertionError(
                    "token for " + email + ": " + created.status() + " " + created.body());
        }
        Api api = new Api(base);
        api.token = created.json().asJsonObject().getString("secret");
        return api;
    }

    /** The body of {@code POST api/me/tokens}: a name, and the password again. */
    public static String tokenRequest(String name, String password) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("password", password)
                .build()
                .toString();
    }

    public Api language(String tag) {
        this.language = tag;
        return this;
    }

    public String token() {
        return token;
    }

    public record Reply(int status, String body, HttpHeaders headers) {
        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(String method, String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        builder.header("Content-Type", "application/json");
        builder.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return send(builder);
    }

    /** Sends raw bytes with the given content type (uploads). */
    public Reply upload(String method, String path, String contentType, byte[] body) {
        return send(
                request(path)
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer is kept as bytes (images). */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            HttpRequest request = request(path).GET().build();
            HttpResponse<byte[]> response =
                    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            ApiContract.check(
                    base,
                    "GET",
                    request.uri(),
                    response.statusCode(),
                    type,
                    type.contains("json")
                            ? new String(response.body(), StandardCharsets.UTF_8)
                            : null);
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", language);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response =
                    client.send(built, HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.body(), response.headers());
            ApiContract.check(
                    base,
                    built.method(),
                    built.uri(),
                    reply.status(),
                    reply.headers().firstValue("Content-Type").orElse(null),
                    reply.body());
            return reply;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
