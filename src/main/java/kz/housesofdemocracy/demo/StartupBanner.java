package kz.housesofdemocracy.demo;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import kz.housesofdemocracy.platform.mail.DevOutbox;

/**
 * In the embedded demo run ({@code -Dhod.demo=true}), tells the person at the console where the
 * application is, once it is deployed. Production prints nothing: its address is the proxy's.
 */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!DemoPeople.enabled()) {
            return;
        }
        int port =
                Integer.getInteger("jboss.http.port", 8080)
                        + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String url = "http://localhost:" + port + event.getServletContext().getContextPath() + "/";
        String line = "=".repeat(64);
        LOG.info(
                () ->
                        String.join(
                                System.lineSeparator(),
                                "",
                                line,
                                "  Houses of Democracy is running (embedded H2, demo data)",
                                CountrySummary.line() == null
                                        ? ""
                                        : "  Country:  " + CountrySummary.line(),
                                "  Open:     " + url,
                                "  REST API: "
                                        + url
                                        + "api/houses   OpenAPI: http://localhost:"
                                        + port
                                        + "/openapi",
                                "  Demo accounts (password " + DemoPeople.PASSWORD + "):",
                                DemoPeople.PEOPLE.stream()
                                        .map(p -> "    " + p.email() + "  " + p.role())
                                        .collect(
                                                java.util.stream.Collectors.joining(
                                                        System.lineSeparator())),
                                DevOutbox.enabled()
                                        ? "  Sent mail:  " + url + "dev/outbox.xhtml"
                                        : "",
                                "  Stop:     Ctrl-C",
                                line));
    }
}
