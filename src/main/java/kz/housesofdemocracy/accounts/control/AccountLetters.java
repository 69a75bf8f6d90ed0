package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;

/**
 * The e-mails an account receives, in its own language: a link to confirm the address, a link to
 * reset the password, and a note that an address signing up is registered already.
 */
@ApplicationScoped
public class AccountLetters {

    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;
    @Inject private Clock clock;

    public void confirmation(Account account, String token) {
        send(account, "mail.confirm", address.link("/confirm.xhtml?token=" + token));
    }

    public void passwordReset(Account account, String token) {
        send(account, "mail.reset", address.link("/reset-password.xhtml?token=" + token));
    }

    public void alreadyRegistered(Account owner) {
        send(owner, "mail.alreadyRegistered", address.link("/sign-in.xhtml"));
    }

    private void send(Account to, String key, String link) {
        var locale = to.language().locale();
        mail.fire(
                new OutgoingMail(
                        to.email(),
                        Messages.get(locale, key + ".subject"),
                        Messages.get(locale, key + ".body", to.displayName(), link),
                        clock.instant()));
    }
}
