package kz.housesofdemocracy.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The security headers of every answer the application gives: pages, static files, REST and problem
 * answers, feeds and error pages (the error dispatch passes here again).
 *
 * <p>The Content-Security-Policy of a page carries a fresh nonce for its inline scripts. PrimeFaces
 * writes that header itself ({@code primefaces.CSP} in web.xml, with our directives in {@code
 * primefaces.CSP_POLICY}): it owns the nonce, adds it to every script it renders and moves the
 * {@code on…} handlers of components into one nonce'd script. This filter writes the same policy
 * without a nonce first, for any answer that is not a rendered page; when PrimeFaces adds its
 * header, it replaces ours, so an answer never carries two. REST answers get a policy that allows
 * nothing. Styles keep {@code 'unsafe-inline'}: PrimeFaces writes inline {@code style} attributes.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /**
     * A page's policy; PrimeFaces appends its nonce, so the script directive stays last (keep it in
     * step with primefaces.CSP_POLICY in web.xml).
     */
    public static final String PAGE_POLICY =
            "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
                    + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self';"
                    + " frame-ancestors 'self'; form-action 'self'; script-src 'self'";

    /** An answer read by a program: it may load, run and be framed by nothing. */
    public static final String DATA_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** PrimeFaces' request parameter carrying the page's nonce back on a form post. */
    static final String NONCE_PARAM = "primefaces.nonce";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        response.setHeader(CSP, isData(request) ? DATA_POLICY : PAGE_POLICY);
        chain.doFilter(withNonce(request), new OnePolicy(response));
    }

    private static boolean isData(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * A stateless page (a visitor's event registration) keeps no nonce in a view state, and its
     * form is posted without PrimeFaces' script that would add one: PrimeFaces then refuses the
     * post ("Missing CSP nonce"). Such a post gets a fresh nonce, which is all PrimeFaces would
     * take from the browser for a stateless view anyway; a stateful view still compares the posted
     * nonce with the one it keeps.
     */
    private static HttpServletRequest withNonce(HttpServletRequest request) {
        // Only a page's form post: reading a parameter of a REST call would consume its body.
        if (!"POST".equals(request.getMethod())
                || !request.getServletPath().endsWith(".xhtml")
                || request.getParameter(NONCE_PARAM) != null) {
            return request;
        }
        return new FreshNonce(request);
    }

    private static final class FreshNonce extends HttpServletRequestWrapper {

        private final String nonce =
                Base64.getEncoder()
                        .encodeToString(
                                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        FreshNonce(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return NONCE_PARAM.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE_PARAM.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
            all.put(NONCE_PARAM, new String[] {nonce});
            return Collections.unmodifiableMap(all);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** Whoever adds a Content-Security-Policy (PrimeFaces) replaces ours: one header, not two. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
