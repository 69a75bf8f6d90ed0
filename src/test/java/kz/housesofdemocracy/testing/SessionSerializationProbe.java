package kz.housesofdemocracy.testing;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In the test deployment only: after every request, each attribute of the session (signed-in state,
 * language, CDI session- and view-scoped beans, the Faces view states) is written with Java
 * serialization, as the cluster does when it copies the session to the other node. What fails is
 * kept and served at {@code it/session-serialization}, which {@link Browser#close()} reads after
 * every browser test, so a page that puts something unserializable in the session fails the test
 * that opened it — long before a node dies and the person finds their form expired.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SessionSerializationProbe extends HttpFilter {

    static final String PATH = "it/session-serialization";
    private static final Set<String> FAILURES = ConcurrentHashMap.newKeySet();

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().endsWith("/" + PATH)) {
            response.setContentType("text/plain;charset=UTF-8");
            synchronized (FAILURES) {
                response.getWriter().write(String.join("\n", FAILURES));
                FAILURES.clear();
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            check(request);
        }
    }

    private static void check(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                String failure = failureToWrite(session.getAttribute(name));
                if (failure != null) {
                    FAILURES.add(
                            request.getRequestURI()
                                    + " session attribute "
                                    + name
                                    + ": "
                                    + failure);
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during the request: nothing left to copy
        }
    }

    /**
     * Null when the value serializes. A page's own ajax request may change the same map while it is
     * written here (the cluster locks the session for its copy; this probe does not): such a
     * collision is tried again, not reported.
     */
    private static String failureToWrite(Object value) {
        for (int attempt = 0; ; attempt++) {
            try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                out.writeObject(value);
                return null;
            } catch (java.util.ConcurrentModificationException busy) {
                if (attempt == 5) {
                    return null;
                }
            } catch (IOException | RuntimeException failed) {
                return failed.toString();
            }
        }
    }
}
