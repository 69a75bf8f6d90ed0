package kz.housesofdemocracy.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends mail through the server's mail session (java:jboss/mail/hod, set up by
 * wildfly-config/mail.cli) after the transaction that asked for it commits, so that nobody is told
 * about something that was rolled back. The SMTP conversation runs on the server's managed
 * executor, after the answer: a request that mails takes as long as one that does not, so its
 * timing tells nobody whether an address is registered (issue 19). A failed send is logged, never
 * turned into an error for the person: every mailed link can be asked for again.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/hod")
    private Session session;

    @Inject private DevOutbox outbox;

    @Resource private ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        if (DevOutbox.enabled()) {
            outbox.keep(mail);
            return;
        }
        executor.execute(() -> send(mail));
    }

    private void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachment() == null) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                if (mail.attachment().bytes() != null) {
                    file.setDataHandler(
                            new jakarta.activation.DataHandler(
                                    new jakarta.mail.util.ByteArrayDataSource(
                                            mail.attachment().bytes(),
                                            mail.attachment().contentType())));
                } else {
                    file.setContent(
                            mail.attachment().text(),
                            mail.attachment().contentType() + "; charset=UTF-8");
                }
                file.setFileName(mail.attachment().name());
                message.setContent(new MimeMultipart(text, file));
            }
            message.setSentDate(Date.from(mail.createdAt()));
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not send mail to " + mail.to(), e);
        }
    }
}
