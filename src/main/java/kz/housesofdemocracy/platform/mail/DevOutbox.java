package kz.housesofdemocracy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * In the embedded demo run ({@code -Dhod.mail.outbox=true}) mail is not sent but kept here, the
 * latest 100, for the development-only page /dev/outbox.xhtml. Off in every other configuration.
 */
@ApplicationScoped
public class DevOutbox {

    public static final String SWITCH = "hod.mail.outbox";
    private static final int KEEP = 100;

    private final Deque<OutgoingMail> mails = new ArrayDeque<>();

    public static boolean enabled() {
        return Boolean.getBoolean(SWITCH);
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
