package kz.housesofdemocracy.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the build reserved and handed to
 * WildFly's mail session. Started once per run, by the first test that needs it.
 */
public final class Mailbox {

    private static GreenMail server;

    private Mailbox() {}

    public static synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("it.smtp.port"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }

    /** A mail received for the address, as text, waiting up to 15 s for it. */
    public record Mail(String to, String subject, String body) {
        /** The first link in the body that contains the given path. */
        public String link(String path) {
            Matcher m =
                    Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link to " + path + " in: " + body);
            }
            return m.group();
        }

        public String token() {
            Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no token in: " + body);
            }
            return m.group(1);
        }
    }

    /** Waits for the count-th (1-based) mail to the address whose subject contains the text. */
    public static Mail await(String address, String subjectContains, int count) {
        start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] matching =
                    Arrays.stream(server.getReceivedMessages())
                            .filter(m -> to(m).equalsIgnoreCase(address))
                            .filter(m -> subject(m).contains(subjectContains))
                            .toArray(MimeMessage[]::new);
            if (matching.length >= count) {
                MimeMessage m = matching[count - 1];
                return new Mail(to(m), subject(m), body(m));
            }
            sleep();
        }
        throw new AssertionError(
                "no mail " + count + " to " + address + " about \"" + subjectContains + "\"");
    }

    public static Mail await(String address, String subjectContains) {
        return await(address, subjectContains, 1);
    }

    /** How many mails the address has received so far. */
    public static long count(String address) {
        start();
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> to(m).equalsIgnoreCase(address))
                .count();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a message: its text parts, and for attachments a line naming each. */
    private static String body(MimeMessage m) {
        try {
            return text(m.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (!(content instanceof Multipart multipart)) {
            return content.toString();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                text.append("\n[attachment ")
                        .append(part.getFileName())
                        .append(' ')
                        .append(part.getContentType().split(";")[0].trim().toLowerCase())
                        .append("]\n");
            } else {
                text.append(text(part.getContent()));
            }
        }
        return text.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
