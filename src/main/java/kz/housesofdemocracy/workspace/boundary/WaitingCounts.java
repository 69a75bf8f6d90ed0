package kz.housesofdemocracy.workspace.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.workspace.control.InboxCounts;

/**
 * The counts the menu shows next to each queue ({@code #{waiting.count('booking')}}, 'ngo',
 * 'filing', 'lease') and in all ({@code #{waiting.total}}): asked once per request, and only for
 * signed-in staff; 0 for everyone else.
 */
@Named("waiting")
@RequestScoped
public class WaitingCounts {

    @Inject private CurrentCaller caller;
    @Inject private Inbox inbox;

    private InboxCounts counts;

    public long count(String kind) {
        return counts().of(kind);
    }

    /** One queue's own count, never a group's (the inbox page lists each queue). */
    public long exactly(String kind) {
        return counts().byKind().getOrDefault(kind, 0L);
    }

    public long getTotal() {
        return counts().total();
    }

    private InboxCounts counts() {
        if (counts == null) {
            counts =
                    caller.isStaff()
                            ? inbox.counts(caller.get().orElseThrow())
                            : InboxCounts.none();
        }
        return counts;
    }
}
