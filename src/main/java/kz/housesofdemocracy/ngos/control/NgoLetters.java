package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;

/** The registry's e-mails, each in its reader's language, from the bundles. */
@ApplicationScoped
public class NgoLetters {

    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;
    @Inject private Clock clock;

    /** Asks each representative to add the caller to the NGO. */
    public void joinRequest(Caller caller, Ngo ngo, List<NgoRepresentative> representatives) {
        for (NgoRepresentative rep : representatives) {
            Account to = rep.account();
            send(
                    to.email(),
                    to.language(),
                    "mail.joinRequest",
                    to.displayName(),
                    caller.displayName(),
                    caller.email(),
                    ngo.name().in(to.language().locale()),
                    ngoLink(ngo));
        }
    }

    /** The invitation with its single-use link. */
    public void invitation(String to, Language language, Caller caller, Ngo ngo, String token) {
        send(
                to,
                language,
                "mail.invitation",
                caller.displayName(),
                ngo.name().in(language.locale()),
                address.link("/ngo/join.xhtml?token=" + token));
    }

    /** Tells each representative of a staff decision ({@code key}) and its reason. */
    public void tellRepresentatives(
            Ngo ngo, List<NgoRepresentative> representatives, String key, String reason) {
        for (NgoRepresentative rep : representatives) {
            Account to = rep.account();
            send(
                    to.email(),
                    to.language(),
                    key,
                    to.displayName(),
                    ngo.name().in(to.language().locale()),
                    reason == null ? "" : reason,
                    ngoLink(ngo));
        }
    }

    private String ngoLink(Ngo ngo) {
        return address.link("/ngo/ngo.xhtml?id=" + ngo.id());
    }

    private void send(String to, Language language, String key, Object... arguments) {
        mail.fire(
                new OutgoingMail(
                        to,
                        Messages.get(language.locale(), key + ".subject"),
                        Messages.get(language.locale(), key + ".body", arguments),
                        clock.instant()));
    }
}
