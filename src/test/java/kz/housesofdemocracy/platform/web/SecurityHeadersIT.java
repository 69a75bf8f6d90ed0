package kz.housesofdemocracy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finding 11 of #19: every answer carries the security headers, a page's scripts run only from our
 * origin or with the page's nonce, and a page cannot be framed by another origin of the same site.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @ArquillianResource private URL base;

    /** The headers every answer carries, whatever it is. */
    private static void assertCommonHeaders(String what, HttpHeaders headers) {
        assertEquals(
                List.of("nosniff"),
                headers.allValues("X-Content-Type-Options"),
                what + ": nosniff");
        assertEquals(List.of("SAMEORIGIN"), headers.allValues("X-Frame-Options"), what);
        assertEquals(
                List.of("strict-origin-when-cross-origin"),
                headers.allValues("Referrer-Policy"),
                what);
        // plain http here: HSTS is for https answers only
        assertTrue(headers.allValues("Strict-Transport-Security").isEmpty(), what + ": no HSTS");
        assertEquals(
                1,
                headers.allValues("Content-Security-Policy").size(),
                what + ": one policy, " + headers.allValues("Content-Security-Policy"));
    }

    private static String policy(HttpHeaders headers) {
        return headers.firstValue("Content-Security-Policy").orElseThrow();
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.strip().startsWith(name + " ")) {
                return part.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    /**
     * A page's policy: scripts from our origin or with the page's nonce only, nothing inline
     * without it, and every inline script of the page carries that nonce.
     */
    private static void assertPagePolicy(String what, HttpHeaders headers, String html) {
        assertCommonHeaders(what, headers);
        String policy = policy(headers);
        String scripts = directive(policy, "script-src");
        assertFalse(scripts.contains("unsafe-inline"), what + ": " + policy);
        assertFalse(scripts.contains("unsafe-eval"), what + ": " + policy);
        assertTrue(scripts.contains("'self'"), what + ": " + policy);
        assertEquals("object-src 'none'", directive(policy, "object-src"), what);
        assertEquals("base-uri 'self'", directive(policy, "base-uri"), what);
        assertEquals("frame-ancestors 'self'", directive(policy, "frame-ancestors"), what);
        assertEquals("form-action 'self'", directive(policy, "form-action"), what);
        Matcher nonce = NONCE.matcher(scripts);
        assertTrue(nonce.find(), what + ": a nonce in " + policy);
        List<String> inlineWithoutNonce = new ArrayList<>();
        Matcher tag = SCRIPT_TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(1);
            if (!attributes.contains("src=")
                    && !attributes.contains("nonce=\"" + nonce.group(1) + "\"")) {
                inlineWithoutNonce.add(tag.group());
            }
        }
        assertTrue(inlineWithoutNonce.isEmpty(), what + ": " + inlineWithoutNonce);
        Matcher handler = INLINE_HANDLER.matcher(html);
        assertFalse(handler.find(), () -> what + ": an inline handler in " + handler.group());
    }

    /** Whether the page has inline scripts (PrimeFaces' pages do; a light page has none). */
    private static boolean hasInlineScript(String html) {
        Matcher tag = SCRIPT_TAG.matcher(html);
        while (tag.find()) {
            if (!tag.group(1).contains("src=")) {
                return true;
            }
        }
        return false;
    }

    /** An answer read by a program: a policy that allows nothing. */
    private static void assertDataPolicy(String what, HttpHeaders headers) {
        assertCommonHeaders(what, headers);
        String policy = policy(headers);
        assertEquals("default-src 'none'", directive(policy, "default-src"), what);
        assertEquals("frame-ancestors 'none'", directive(policy, "frame-ancestors"), what);
    }

    @Test
    void aVisitorsPageCarriesTheHeadersAndItsScriptsTheNonce() {
        var home = Http.get(base, "index.xhtml", "Accept-Language", "kk");
        assertEquals(200, home.statusCode());
        assertPagePolicy("home", home.headers(), home.body());

        var signIn = Http.get(base, "sign-in.xhtml", "Accept-Language", "ru");
        assertEquals(200, signIn.statusCode());
        assertPagePolicy("sign-in", signIn.headers(), signIn.body());
        assertTrue(hasInlineScript(signIn.body()), "PrimeFaces' page has inline scripts");
    }

    @Test
    void aSignedInPageCarriesTheHeadersAndItsScriptsTheNonce() {
        Api ngo = Api.signedIn(base, Demo.NGO.email(), Demo.password());
        for (String path :
                List.of("account/profile.xhtml", "ngo/bookings.xhtml", "ngo/leases.xhtml")) {
            Api.Reply page = ngo.get(path);
            assertEquals(200, page.status(), path);
            assertPagePolicy(path, page.headers(), page.body());
            assertTrue(hasInlineScript(page.body()), path + ": PrimeFaces' inline scripts");
        }
        Api manager = Api.signedIn(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        Api.Reply bookings = manager.get("staff/bookings.xhtml");
        assertEquals(200, bookings.status());
        assertPagePolicy("staff bookings", bookings.headers(), bookings.body());
    }

    @Test
    void anErrorPageCarriesTheHeaders() {
        var missing = Http.get(base, "no-such-page.xhtml", "Accept-Language", "en");
        assertEquals(404, missing.statusCode());
        assertPagePolicy("404 page", missing.headers(), missing.body());
    }

    @Test
    void staticFilesCarryTheHeaders() {
        var css = Http.get(base, "resources/css/app.css");
        assertEquals(200, css.statusCode());
        assertCommonHeaders("app.css", css.headers());
        var primeFaces = Http.get(base, "jakarta.faces.resource/core.js.xhtml?ln=primefaces");
        assertEquals(200, primeFaces.statusCode());
        assertCommonHeaders("core.js", primeFaces.headers());
    }

    @Test
    void restAnswersProblemsAndFeedsCarryAPolicyThatAllowsNothing() {
        var houses = Http.get(base, "api/houses");
        assertEquals(200, houses.statusCode());
        assertDataPolicy("api/houses", houses.headers());

        var problem = Http.get(base, "api/houses/424242", "Accept-Language", "en");
        assertEquals(404, problem.statusCode());
        assertTrue(
                problem.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertDataPolicy("problem", problem.headers());

        var unknown = Http.get(base, "api/no-such-thing");
        assertEquals(404, unknown.statusCode());
        assertDataPolicy("unknown api path", unknown.headers());

        var feed = Http.get(base, "api/events/feed.ics?lang=en");
        assertEquals(200, feed.statusCode(), feed.body());
        assertDataPolicy("event feed", feed.headers());
    }

    @Test
    void theOpenApiDocumentCarriesTheHeaders() {
        var openApi = Http.get(base, "/openapi?format=JSON");
        assertEquals(200, openApi.statusCode());
        assertDataPolicy("openapi", openApi.headers());
    }

    /**
     * A page of another origin of the same site (same host, another port) frames the signed-in
     * profile: the browser refuses to show it in the frame.
     */
    @Test
    void aSignedInPageIsNotShownInAFrameOfAnotherOrigin() throws IOException {
        URI app = URI.create(base.toString());
        String profile = app.resolve("account/profile.xhtml").toString();
        HttpServer framer = HttpServer.create(new InetSocketAddress(app.getHost(), 0), 0);
        byte[] page =
                ("<!DOCTYPE html><html lang=\"en\"><head><title>framer</title></head><body>"
                                + "<iframe id=\"framed\" title=\"profile\" src=\""
                                + profile
                                + "\"></iframe><script>document.getElementById('framed')"
                                + ".addEventListener('load', function () {"
                                + " document.body.setAttribute('data-loaded', 'yes'); });"
                                + "</script></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
        framer.createContext(
                "/",
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, page.length);
                    exchange.getResponseBody().write(page);
                    exchange.close();
                });
        framer.start();
        try (Browser browser = Browser.withLanguages("en")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            // the profile itself opens for this person outside a frame
            browser.open(profile);
            assertTrue(browser.isPresent(By.id("nav-profile")));
            browser.driver()
                    .get("http://" + app.getHost() + ":" + framer.getAddress().getPort() + "/");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(
                            d ->
                                    "yes"
                                            .equals(
                                                    d.findElement(By.tagName("body"))
                                                            .getAttribute("data-loaded")));
            browser.driver().switchTo().frame("framed");
            assertTrue(
                    browser.driver().findElements(By.id("nav-profile")).isEmpty(),
                    "the profile was shown inside another origin's frame");
            browser.driver().switchTo().defaultContent();
        } finally {
            framer.stop(0);
        }
    }
}
