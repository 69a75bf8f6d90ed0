package kz.housesofdemocracy.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address people reach the application at, for links in e-mails. Behind a proxy, set {@code
 * -Dhod.base.url=https://booking.example.kz}; otherwise it is read from the request.
 */
@RequestScoped
public class PublicAddress {

    @Inject private HttpServletRequest request;

    public String base() {
        String configured = System.getProperty("hod.base.url");
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        int port = request.getServerPort();
        boolean defaultPort =
                ("http".equals(request.getScheme()) && port == 80)
                        || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme()
                + "://"
                + request.getServerName()
                + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }

    public String link(String pathAndQuery) {
        return base() + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }
}
