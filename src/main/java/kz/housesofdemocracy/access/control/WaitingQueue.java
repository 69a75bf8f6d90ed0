package kz.housesofdemocracy.access.control;

import java.util.List;

/**
 * One kind of thing that waits on staff, asked by the staff workspace: how many wait on this caller
 * and which waited longest. Each component that owns a queue provides a bean; each answers only
 * what {@link AccessPolicy} lets the caller decide (their Houses, their region, never an NGO they
 * represent), and nothing for a caller it does not concern.
 */
public interface WaitingQueue {

    /** A short name of the queue, such as "booking" or "filing". */
    String kind();

    /** How many wait on the caller: one SELECT COUNT. */
    long count(Caller caller);

    /** The items that waited longest, oldest first, at most {@code limit}. */
    List<WaitingItem> oldest(Caller caller, int limit);
}
