package kz.housesofdemocracy.workspace.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * One line of a person's inbox, worded for a reader: what it is, how long it has waited, where it
 * opens, and which one-click actions it offers.
 *
 * @param link a path inside the application, e.g. {@code /staff/ngo.xhtml?id=5}
 */
public record InboxEntry(
        String kind, long id, Instant since, long ageMinutes, String age, String title, String link)
        implements Serializable {

    /** The queues whose items can be approved with one click, with nothing more to say. */
    public static boolean approvableKind(String kind) {
        return switch (kind) {
            case "booking", "series", "ngo", "filing" -> true;
            default -> false;
        };
    }

    /** The queues whose items can be rejected (or refused) with a reason. */
    public static boolean rejectableKind(String kind) {
        return approvableKind(kind) || "leaseDecision".equals(kind);
    }

    /** The queue whose items are recommended with a text (a lease application, by its House). */
    public static boolean recommendableKind(String kind) {
        return "leaseRecommendation".equals(kind);
    }

    public boolean approvable() {
        return approvableKind(kind);
    }

    public boolean rejectable() {
        return rejectableKind(kind);
    }

    public boolean recommendable() {
        return recommendableKind(kind);
    }

    public static InboxEntry of(WaitingItem item, Instant now, Locale locale) {
        long minutes = Math.max(0, Duration.between(item.since(), now).toMinutes());
        return new InboxEntry(
                item.kind(),
                item.id(),
                item.since(),
                minutes,
                WaitingAge.words(minutes, locale),
                Messages.get(locale, item.titleKey(), item.titleArgs().toArray()),
                item.link());
    }
}
