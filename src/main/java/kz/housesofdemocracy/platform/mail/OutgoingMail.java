package kz.housesofdemocracy.platform.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * An e-mail to send once the transaction that asked for it commits. Subject and body are already in
 * the recipient's language.
 */
public record OutgoingMail(String to, String subject, String body, Instant createdAt)
        implements Serializable {}
