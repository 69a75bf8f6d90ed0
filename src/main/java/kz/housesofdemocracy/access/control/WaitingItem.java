package kz.housesofdemocracy.access.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Something waiting on a member of staff: a booking to approve, an NGO or a filing to verify, a
 * lease application to recommend or decide. Its title is a message key with arguments (texts that
 * are data, such as a room's name, are {@code LocalizedText}s), so the page or mail words it in the
 * reader's language; its link is a path inside the application that opens it.
 *
 * @param kind the queue it is in (see {@link WaitingQueue#kind()})
 * @param id the id the owning component acts on (a booking, series, NGO, filing or lease)
 * @param since when it started waiting
 * @param titleKey the bundle key of its title
 * @param titleArgs the title's arguments
 * @param link a path such as {@code /staff/ngo.xhtml?id=5}
 */
public record WaitingItem(
        String kind,
        long id,
        Instant since,
        String titleKey,
        List<Serializable> titleArgs,
        String link)
        implements Serializable {

    public WaitingItem {
        titleArgs = List.copyOf(titleArgs);
    }
}
