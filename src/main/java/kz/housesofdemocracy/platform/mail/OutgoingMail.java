package kz.housesofdemocracy.platform.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * An e-mail to send once the transaction that asked for it commits. Subject and body are already in
 * the recipient's language.
 */
public record OutgoingMail(
        String to, String subject, String body, Instant createdAt, Attachment attachment)
        implements Serializable {

    /** A file sent with the mail, e.g. an iCalendar event (text/calendar; method=REQUEST). */
    public record Attachment(String name, String contentType, String text, byte[] bytes)
            implements Serializable {

        /** A text attachment (iCalendar). */
        public Attachment(String name, String contentType, String text) {
            this(name, contentType, text, null);
        }

        /** A binary attachment (PDF). */
        public static Attachment binary(String name, String contentType, byte[] bytes) {
            return new Attachment(name, contentType, null, bytes);
        }
    }

    public OutgoingMail(String to, String subject, String body, Instant createdAt) {
        this(to, subject, body, createdAt, null);
    }
}
