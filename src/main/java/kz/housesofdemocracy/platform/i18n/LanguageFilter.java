package kz.housesofdemocracy.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides the language of every page. A choice made with the switcher ({@code ?lang=ru}) is kept in
 * a cookie (and in the session when there already is one), and the browser is redirected to the
 * same address without the parameter; without a choice, the browser's Accept-Language decides, and
 * Kazakh when none of ours matches. A cookie rather than a session: a visitor who only reads, in
 * any language, costs the server no memory.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String PARAMETER = "lang";
    static final String SESSION_KEY = Language.class.getName();
    static final String COOKIE = "hod-lang";
    private static final int YEAR_SECONDS = 365 * 24 * 60 * 60;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        // Read from the query string only: the body of a form or upload is not ours to consume.
        Optional<Language> chosen = Language.fromTag(languageIn(request.getQueryString()));
        if (chosen.isPresent()) {
            choose(request, response, chosen.get());
            if ("GET".equals(request.getMethod())) {
                response.sendRedirect(withoutLanguageParameter(request));
                return;
            }
        }
        request.setAttribute(SESSION_KEY, current(request));
        chain.doFilter(request, response);
    }

    /** Keeps a language for the rest of the visit and the next ones (the switcher). */
    static void choose(
            HttpServletRequest request, HttpServletResponse response, Language language) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_KEY, language);
        }
        request.setAttribute(SESSION_KEY, language);
    }

    static Language current(HttpServletRequest request) {
        if (request.getAttribute(SESSION_KEY) instanceof Language decided) {
            return decided;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Language kept) {
            return kept;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Language> remembered = Language.fromTag(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static String withoutLanguageParameter(HttpServletRequest request) {
        String kept = withoutLanguage(request.getQueryString());
        return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String languageIn(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(PARAMETER + "="))
                .map(pair -> pair.substring(PARAMETER.length() + 1))
                .findFirst()
                .orElse(null);
    }

    /** A raw query string without its lang parameter(s). */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(
                        pair ->
                                !pair.isEmpty()
                                        && !pair.equals(PARAMETER)
                                        && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
