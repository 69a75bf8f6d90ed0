package kz.housesofdemocracy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.platform.Refusal;

/**
 * The address people reach the application at, for every link that leaves a request: e-mails, QR
 * codes, feed addresses, the inbox's links, and whatever the timers send. It is configuration only
 * ({@code -Dhod.base.url=https://booking.example.kz}), never a request's {@code Host}: a request
 * cannot choose where the product's links point. Without it nothing that carries a link is sent:
 * the action is refused with a translated message (503), and the server says so at start-up ({@link
 * PublicAddressCheck}).
 */
@ApplicationScoped
public class PublicAddress {

    /** The system property that holds the address. */
    public static final String PROPERTY = "hod.base.url";

    /** The configured address without a trailing slash, when it is set and absolute http(s). */
    public static Optional<String> configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || !value.trim().matches("(?i)https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            return Optional.empty();
        }
        return Optional.of(value.trim().replaceAll("/+$", ""));
    }

    public String base() {
        return configured()
                .orElseThrow(
                        () ->
                                new Refusal(
                                        503,
                                        "public-address-missing",
                                        "refusal.publicAddress.missing",
                                        List.of()));
    }

    public String link(String pathAndQuery) {
        return base() + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery;
    }
}
