package kz.housesofdemocracy.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A form sent with a view state the server does not hold (expired, from another node that died, or
 * forged) is the sender's problem, not the server's: the translated "page expired" page with 400,
 * where the container's error-page mapping would answer 500. Ajax requests never get here:
 * PrimeFaces answers them with the templates' translated dialog.
 */
@WebFilter(filterName = "ExpiredViews", urlPatterns = "*.xhtml")
public class ExpiredViews extends HttpFilter {

    static final String PAGE = "/WEB-INF/errorpages/expired.xhtml";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            ViewExpiredException expired = expiredIn(failure);
            if (expired == null || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, expired);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, expired.getClass());
            request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "view expired");
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher(PAGE).forward(new FreshRequest(request), response);
        }
    }

    static ViewExpiredException expiredIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                return expired;
            }
            if (t instanceof ServletException servlet && servlet.getRootCause() != t.getCause()) {
                ViewExpiredException root = expiredIn(servlet.getRootCause());
                if (root != null) {
                    return root;
                }
            }
        }
        return null;
    }

    /** The failed request as a plain GET without its form, so the page is not a postback again. */
    private static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
