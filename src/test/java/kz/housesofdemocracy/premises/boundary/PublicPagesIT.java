package kz.housesofdemocracy.premises.boundary;

import static kz.housesofdemocracy.testing.Http.get;
import static kz.housesofdemocracy.testing.Pages.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import kz.housesofdemocracy.testing.Bundle;
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
}
