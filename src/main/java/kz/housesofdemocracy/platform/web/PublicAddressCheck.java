package kz.housesofdemocracy.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Says at start-up, in the server log, when no public address is configured: the server runs, but
 * refuses every action that would send a link (confirmation, password reset, letters, QR codes).
 */
@WebListener
public class PublicAddressCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PublicAddressCheck.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicAddress.configured().isEmpty()) {
            LOG.severe(
                    () ->
                            "-D"
                                    + PublicAddress.PROPERTY
                                    + " is not set (or not an absolute http(s) address: '"
                                    + System.getProperty(PublicAddress.PROPERTY, "")
                                    + "'). No e-mail, QR code or feed address with a link will be"
                                    + " made: those actions are refused until it is set, e.g. -D"
                                    + PublicAddress.PROPERTY
                                    + "=https://booking.example.kz");
        } else {
            LOG.info(() -> "Links point at " + PublicAddress.configured().orElseThrow());
        }
    }
}
