package kz.housesofdemocracy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * In the embedded demo run ({@code -Dhod.mail.outbox=true}) mail is not sent but kept here, the
 * latest 100, for the development-only page /dev/outbox.xhtml. Off in every other configuration,
 * and the page opens only to {@link #opensFor a reader on this machine} of the demo run: it shows
 * every confirmation and reset link.
 */
@ApplicationScoped
public class DevOutbox {

    public static final String SWITCH = "hod.mail.outbox";
    private static final int KEEP = 100;

    private final Deque<OutgoingMail> mails = new ArrayDeque<>();

    public static boolean enabled() {
        return Boolean.getBoolean(SWITCH);
    }

    /**
     * Whether the outbox page may open for a request from this address: the outbox and the demo
     * switch ({@code -Dhod.demo=true}) are both on, the server is not behind a proxy (whose
     * forwarded address a client could choose), and the reader is on the loopback interface.
     */
    public static boolean opensFor(String remoteAddress) {
        return enabled()
                && Boolean.getBoolean("hod.demo")
                && !Boolean.getBoolean("hod.behind.proxy")
                && isLoopback(remoteAddress);
    }

    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String a = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
        return a.matches("127(\\.\\d{1,3}){3}") || "::1".equals(a) || "0:0:0:0:0:0:0:1".equals(a);
    }

    synchronized void keep(OutgoingMail mail) {
        mails.addFirst(mail);
        while (mails.size() > KEEP) {
            mails.removeLast();
        }
    }

    public synchronized List<OutgoingMail> latest() {
        return List.copyOf(mails);
    }
}
