package kz.housesofdemocracy.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address people reach the application at, for links in e-mails. Behind a proxy, set {@code
 * -Dhod.base.url=https://booking.example.kz}; otherwise it is read from the request, and work done
 * outside a request (timers, background threads) uses the address last seen in one.
 */
@RequestScoped
public class PublicAddress {

    private static final String UNTIL_FIRST_REQUEST = "http://localhost:8080";
    private static volatile String lastSeen;

    @Inject private Instance<HttpServletRequest> request;

    public String base() {
        String configured = System.getProperty("hod.base.url");
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        String fromRequest = fromRequest();
        if (fromRequest != null) {
            lastSeen = fromRequest;
            return fromRequest;
        }
        String remembered = lastSeen;
        return remembered == null ? UNTIL_FIRST_REQUEST : remembered;
    }

    public String link(String pathAndQuery) {
        return base() + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }

    private String fromRequest() {
        try {
            HttpServletRequest r = request.get();
            int port = r.getServerPort();
            boolean defaultPort =
                    ("http".equals(r.getScheme()) && port == 80)
                            || ("https".equals(r.getScheme()) && port == 443);
            return r.getScheme()
                    + "://"
                    + r.getServerName()
                    + (defaultPort ? "" : ":" + port)
                    + r.getContextPath();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
