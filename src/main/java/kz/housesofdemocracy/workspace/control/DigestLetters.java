package kz.housesofdemocracy.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;

/**
 * The daily digest, in the account's language: how many items wait in each queue and the oldest of
 * them, each with its link, built from the configured public address.
 */
@ApplicationScoped
public class DigestLetters {

    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    public void digest(Account to, InboxCounts counts, List<WaitingItem> oldest, Instant now) {
        Locale locale = to.language().locale();
        StringBuilder byKind = new StringBuilder();
        for (Map.Entry<String, Long> count : counts.byKind().entrySet()) {
            if (count.getValue() > 0) {
                byKind.append(
                                Messages.get(
                                        locale,
                                        "inbox.digest.countLine",
                                        Messages.get(locale, "inbox.kind." + count.getKey()),
                                        count.getValue()))
                        .append('\n');
            }
        }
        StringBuilder items = new StringBuilder();
        for (WaitingItem item : oldest) {
            InboxEntry entry = InboxEntry.of(item, now, locale);
            items.append(
                            Messages.get(
                                    locale,
                                    "inbox.digest.itemLine",
                                    Messages.get(locale, "inbox.kind." + item.kind()),
                                    entry.title(),
                                    entry.age(),
                                    address.link(item.link())))
                    .append('\n');
        }
        mail.fire(
                new OutgoingMail(
                        to.email(),
                        Messages.get(locale, "inbox.digest.subject", counts.total()),
                        Messages.get(
                                locale,
                                "inbox.digest.body",
                                to.displayName(),
                                counts.total(),
                                byKind.toString(),
                                items.toString(),
                                address.link("/staff/inbox.xhtml"),
                                address.link("/account/profile.xhtml")),
                        now));
    }
}
