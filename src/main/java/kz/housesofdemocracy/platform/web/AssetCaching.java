package kz.housesofdemocracy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * How long a browser keeps a static file. An address with a version ({@code ?v=}: a digest of our
 * own files from {@link Assets}, PrimeFaces' release for its own) never changes its content, so it
 * is kept a year without asking again; the favicon, which has a fixed address, a year too. Faces'
 * resource handler would say seven days for everything, versioned or not: its word is dropped for
 * versioned addresses. Pages themselves are not touched here (they are not kept).
 */
@WebFilter(urlPatterns = {"/resources/*", "/jakarta.faces.resource/*", "/favicon.ico"})
public class AssetCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String FIXED = "public, max-age=31536000";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String policy =
                request.getParameter("v") != null
                        ? VERSIONED
                        : request.getServletPath().equals("/favicon.ico") ? FIXED : null;
        if (policy == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new KeepCacheControl(response));
    }

    /** Ignores anyone else's Cache-Control and Expires for this answer. */
    private static final class KeepCacheControl extends HttpServletResponseWrapper {

        KeepCacheControl(HttpServletResponse response) {
            super(response);
        }

        private static boolean ours(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
