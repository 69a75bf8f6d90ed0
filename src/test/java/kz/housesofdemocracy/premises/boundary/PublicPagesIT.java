package kz.housesofdemocracy.premises.boundary;

import static kz.housesofdemocracy.testing.Http.get;
import static kz.housesofdemocracy.testing.Pages.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages fetched as plain HTTP: the language rule, and error pages without technical detail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @ArquillianResource private URL base;

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives a page in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kk-KZ | kk",
                "ru | ru",
                "en-GB,en;q=0.8 | en",
                "fr,kk;q=0.5 | kk",
                "de | kk",
                "fr,ru;q=0.4 | ru"
            })
    void theFirstVisitFollowsAcceptLanguageWithKazakhAsTheFallback(String header, String language) {
        HttpResponse<String> page = get(base, "", "Accept-Language", header);
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("lang=\"" + language + "\""), "lang attribute for " + header);
        assertTrue(page.body().contains(Bundle.text(language, "home.heading")));
    }

    @Test
    void withoutAcceptLanguageThePageIsKazakh() {
        HttpResponse<String> page = get(base, "index.xhtml");
        assertTrue(page.body().contains("lang=\"kk\""));
        assertTrue(page.body().contains("Абай облысы"));
    }

    @ParameterizedTest
    @CsvSource({
        "index.xhtml, Абай облысы",
        "public/house.xhtml?id=1, house-name",
        "public/events.xhtml, events-heading",
        "public/reports.xhtml, reports-heading",
        "public/ngo-counts.xhtml, counts-caption",
        "no-such-page.xhtml, error",
    })
    void readingAPublicPageMakesNoSession(String path, String shown) {
        // A visitor who only reads costs no session: no memory held for 30 minutes, nothing copied
        // to the other node of a cluster. Pages with a form (sign-in) do keep one.
        HttpResponse<String> page = get(base, path, "Accept-Language", "kk");
        assertTrue(page.body().contains(shown), path);
        assertEquals(
                java.util.List.of(),
                page.headers().allValues("Set-Cookie"),
                path + " set a cookie");
        assertTrue(
                get(base, "sign-in.xhtml")
                        .headers()
                        .firstValue("Set-Cookie")
                        .orElse("")
                        .startsWith("JSESSIONID="),
                "the sign-in form keeps its state in a session");
    }

    @Test
    void thePublicNgoCountsSayWhenTheyWereComputed() {
        // The counts are computed at most once a minute for visitors (#22); the page says when, in
        // the reader's language, as "2026-12-07 10:41" in Kazakhstan's time.
        for (String language : List.of("kk", "ru", "en")) {
            String body = get(base, "public/ngo-counts.xhtml", "Accept-Language", language).body();
            String[] around = Bundle.text(language, "figures.computedAt").split("\\{0\\}");
            Matcher said =
                    Pattern.compile(
                                    Pattern.quote(around[0])
                                            + "20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d"
                                            + Pattern.quote(around[1]))
                            .matcher(body);
            assertTrue(said.find(), language + ": " + body);
        }
    }

    @Test
    void choosingALanguageKeepsItInACookieNotASession() {
        // The switcher's ?lang=ru answers with a redirect and a language cookie only: a visitor who
        // reads in Russian costs no session either, and the next page (Accept-Language kk) is
        // Russian.
        HttpResponse<String> chosen =
                get(base, "public/events.xhtml?lang=ru", "Accept-Language", "kk");
        assertEquals(302, chosen.statusCode());
        java.util.List<String> cookies = chosen.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).startsWith("hod-lang=ru"), cookies.toString());
        HttpResponse<String> next =
                get(base, "public/events.xhtml", "Accept-Language", "kk", "Cookie", "hod-lang=ru");
        assertTrue(next.body().contains("lang=\"ru\""));
        assertEquals(java.util.List.of(), next.headers().allValues("Set-Cookie"));
    }

    @Test
    void anUnknownPageIsAFriendly404() {
        HttpResponse<String> page = get(base, "no-such-page.xhtml", "Accept-Language", "ru");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains(Bundle.text("ru", "error.notFound.title")));
        assertNoStackTrace(page.body());
    }

    @Test
    void aHousePageWithABadIdIsAFriendly404() {
        for (String id : new String[] {"abc", "424242", ""}) {
            HttpResponse<String> page =
                    get(base, "public/house.xhtml?id=" + id, "Accept-Language", "en");
            assertEquals(404, page.statusCode(), id);
            assertTrue(page.body().contains(Bundle.text("en", "error.notFound.text")), id);
        }
    }

    @Test
    void aServerErrorIsAFriendlyPageWithoutAStackTrace() {
        HttpResponse<String> page = get(base, "it/fail.xhtml?fail=render", "Accept-Language", "kk");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains(Bundle.text("kk", "error.server.title")));
        assertNoStackTrace(page.body());
    }

    @Test
    void templatesAndErrorPagesCannotBeRequestedDirectly() {
        assertEquals(404, get(base, "WEB-INF/templates/public.xhtml").statusCode());
        assertEquals(404, get(base, "WEB-INF/errorpages/500.xhtml").statusCode());
    }

    @ParameterizedTest(name = "{0} comes back gzipped when asked, plain when not")
    @CsvSource({
        "index.xhtml, text/html, Абай облысы",
        "jakarta.faces.resource/core.js.xhtml?ln=primefaces, javascript, PrimeFaces",
        "api/events/feed.ics?lang=kk, text/calendar, BEGIN:VCALENDAR",
        "/openapi, yaml, openapi:",
        "/openapi?format=JSON, json, \"openapi\"",
        "api/regions, json, KZ-",
    })
    void textIsCompressedForThoseWhoAskAndPlainForThoseWhoDoNot(
            String path, String type, String content) {
        Fetched zipped = fetch(path, "Accept-Encoding", "gzip, deflate");
        assertEquals(200, zipped.status(), path);
        assertTrue(zipped.header("Content-Type").contains(type), zipped.header("Content-Type"));
        assertEquals("gzip", zipped.header("Content-Encoding"), path);
        assertTrue(zipped.text().contains(content), path);

        Fetched plain = fetch(path);
        assertEquals("", plain.header("Content-Encoding"), path);
        assertTrue(plain.raw().contains(content), path);
        // the same text either way (a feed's DTSTAMP is the moment it was written, a page's CSP
        // nonce is new on every answer)
        assertEquals(
                plain.raw().replaceAll("DTSTAMP:\\S+", "").replaceAll(NONCE, "nonce"),
                zipped.text().replaceAll("DTSTAMP:\\S+", "").replaceAll(NONCE, "nonce"),
                path + ": the same text either way");
    }

    private static final String NONCE = "nonce(=\"|-|\\(')[A-Za-z0-9+/=]+";

    @Test
    void theStylesheetIsCompressedAndItsVersionedAddressIsCachedForAYear() {
        String css =
                linked(get(base, "index.xhtml").body(), "/resources/css/app\\.css\\?v=[0-9a-f]+");
        Fetched zipped = fetch(css.substring(1), "Accept-Encoding", "gzip");
        assertEquals(200, zipped.status());
        assertEquals("gzip", zipped.header("Content-Encoding"));
        assertTrue(zipped.text().contains(".skip-link"));
        assertEquals("public, max-age=31536000, immutable", zipped.header("Cache-Control"));
        // The page itself is not kept: a new stylesheet reaches the reader with the next page.
        assertFalse(
                get(base, "index.xhtml")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse("")
                        .contains("31536000"));
    }

    @Test
    void theFaviconIsThereAndKept() {
        HttpResponse<String> icon = get(base, "favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                icon.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        String page = get(base, "index.xhtml").body();
        assertEquals(
                200,
                get(base, linked(page, "/resources/icons/favicon\\.svg\\?v=[0-9a-f]+").substring(1))
                        .statusCode());
    }

    @Test
    void aVisitorsPagesLoadNoPrimeFacesAndMakeNoSession() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        Api.Reply event =
                admin.post(
                        "api/events",
                        "{\"scope\":\"HOUSE\",\"houseId\":1,\"title\":{\"kk\":\"Салмақ\",\"ru\":\"Вес\",\"en\":\"Weight\"},"
                                + "\"date\":\"2027-11-03\",\"start\":\"10:00\",\"end\":\"12:00\",\"capacity\":20}");
        assertEquals(201, event.status(), event.body());
        long id = event.object().getJsonObject("event").getJsonNumber("id").longValue();
        Api.Reply report = admin.post("api/reports/occupancy/2031/publications", "{}");
        assertEquals(201, report.status(), report.body());
        int version = report.object().getInt("version");

        for (String path :
                List.of(
                        "index.xhtml",
                        "public/house.xhtml?id=1",
                        "public/events.xhtml",
                        "public/events.xhtml?view=month",
                        "public/event.xhtml?id=" + id,
                        "public/reports.xhtml",
                        "public/reports.xhtml?year=2031&version=" + version,
                        "public/ngo-counts.xhtml")) {
            HttpResponse<String> page = get(base, path, "Accept-Language", "ru");
            assertEquals(200, page.statusCode(), path);
            assertEquals(List.of(), page.headers().allValues("Set-Cookie"), path + " set a cookie");
            // No PrimeFaces script, stylesheet or widget: nothing from Faces' resource servlet.
            assertFalse(page.body().contains("jakarta.faces.resource"), path + " loads PrimeFaces");
            assertFalse(page.body().contains("primefaces"), path);
            assertTrue(page.body().contains("/resources/css/app.css?v="), path);
            // What a first visit moves, compressed: the page and all it links (issue 17: 250 KB).
            long bytes = firstVisitBytes(path);
            assertTrue(bytes < 250 * 1024, path + " weighs " + bytes + " bytes");
        }
    }

    /** The gzipped bytes of a page and of every stylesheet, script, image and icon it links. */
    private long firstVisitBytes(String path) {
        Fetched page = fetch(path, "Accept-Encoding", "gzip", "Accept-Language", "ru");
        long bytes = page.body().length;
        Matcher linked =
                Pattern.compile("<(?:link|script|img)\\b[^>]*?(?:href|src)=\"([^\"]+)\"")
                        .matcher(page.text());
        while (linked.find()) {
            String address = linked.group(1).replace("&amp;", "&");
            if (address.startsWith("/")) { // from the server's root, like the page's own links
                Fetched linkedFile = fetch(address, "Accept-Encoding", "gzip");
                assertEquals(200, linkedFile.status(), address);
                bytes += linkedFile.body().length;
            }
        }
        return bytes;
    }

    private record Fetched(int status, byte[] body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String raw() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String text() {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A GET whose body is kept as bytes (java.net.http asks for no compression by itself). */
    private Fetched fetch(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient()
                            .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Fetched(response.statusCode(), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    private static String linked(String page, String pattern) {
        Matcher link = Pattern.compile(pattern).matcher(page);
        assertTrue(link.find(), pattern + " in the page");
        return link.group();
    }
}
