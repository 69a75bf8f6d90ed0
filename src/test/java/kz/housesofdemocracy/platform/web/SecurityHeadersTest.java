package kz.housesofdemocracy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page policy is written in two places (PrimeFaces' context parameter and the filter). */
class SecurityHeadersTest {

    @Test
    void primeFacesWritesThePolicyTheFilterWrites() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher policy =
                Pattern.compile(
                                "<param-name>primefaces.CSP_POLICY</param-name>\\s*"
                                        + "<param-value>([^<]*)</param-value>")
                        .matcher(webXml);
        assertTrue(policy.find(), "primefaces.CSP_POLICY is set");
        assertEquals(SecurityHeaders.PAGE_POLICY, policy.group(1));
        assertTrue(
                webXml.matches(
                        "(?s).*<param-name>primefaces.CSP</param-name>\\s*"
                                + "<param-value>true</param-value>.*"));
    }

    @Test
    void scriptsComeOnlyFromOurOriginOrCarryTheNonce() {
        // PrimeFaces appends " 'nonce-…';": the script directive must be the last one.
        assertTrue(SecurityHeaders.PAGE_POLICY.endsWith("script-src 'self'"));
        assertFalse(SecurityHeaders.PAGE_POLICY.contains("unsafe-eval"));
        assertFalse(
                SecurityHeaders.PAGE_POLICY
                        .substring(SecurityHeaders.PAGE_POLICY.indexOf("script-src"))
                        .contains("unsafe-inline"));
    }
}
