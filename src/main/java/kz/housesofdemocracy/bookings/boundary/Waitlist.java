package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingDesk;
import kz.housesofdemocracy.bookings.control.BookingLetters;
import kz.housesofdemocracy.bookings.control.WaitlistQueue;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.WaitlistEntry;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Waitlists of taken slots. When a slot frees (a cancellation, a rejection, a no-show) the first in
 * line whose span is now free is told at once and has two hours to take it; meanwhile the span is
 * kept for that NGO. An offer that lapses passes to the next in line.
 */
@Stateless
public class Waitlist {

    @PersistenceContext private EntityManager em;
    @Inject private Bookings bookings;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private WaitlistQueue queue;
    @Inject private BookingLetters letters;

    /** A waitlist entry as its NGO sees it. */
    @Schema(description = "An NGO's place in line for a taken slot.")
    public record EntryView(
            long id,
            long roomId,
            LocalizedText roomName,
            long ngoId,
            LocalizedText ngoName,
            @Schema(description = "The day (ISO 8601), in the House's local time.") LocalDate date,
            @Schema(
                            description = "Start, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "14:00:00")
                    LocalTime start,
            @Schema(
                            description = "End, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "16:00:00")
                    LocalTime end,
            @Schema(
                            description =
                                    "WAITING in line; OFFERED: the slot is free for this NGO until offerEndsAt; BOOKED, WITHDRAWN or EXPIRED.",
                            enumeration = {"WAITING", "OFFERED", "BOOKED", "WITHDRAWN", "EXPIRED"})
                    String status,
            @Schema(description = "Until when an offer can be taken (UTC); absent unless OFFERED.")
                    Instant offerEndsAt,
            @Schema(description = "The place in line, 1 first.") int place)
            implements java.io.Serializable {
        public boolean offered() {
            return "OFFERED".equals(status);
        }
    }

    /**
     * Joins the waitlist of a taken slot. Refused when the slot is free (book it instead), when a
     * rule other than "taken" is broken, or when the NGO is already waiting for it.
     */
    public EntryView join(Caller caller, BookingForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        InputCheck check =
                InputCheck.start()
                        .present("ngoId", form.getNgoId())
                        .present("roomId", form.getRoomId())
                        .present("date", form.getDate());
        LocalTime start = check.time("start", form.getStart());
        LocalTime end = check.time("end", form.getEnd());
        check.text("purpose", form.getPurpose(), 500);
        check.when(form.getAttendees() == null, "attendees", "validation.required");
        check.orRefuse();
        BookingDesk desk = bookings.desk(caller, form.getNgoId(), form.getRoomId());
        Optional<Refusal> obstacle =
                desk.obstacle(form.getDate(), start, end, form.getAttendees(), null);
        if (obstacle.isEmpty()) {
            throw Refusal.conflict("slot-free", "waitlist.slotFree");
        }
        if (obstacle.get().status() != 409) {
            throw obstacle.get();
        }
        Period span = Period.of(desk.at(form.getDate(), start), desk.at(form.getDate(), end));
        if (queue.waits(desk.room(), desk.ngo(), span)) {
            throw Refusal.conflict("already-waiting", "waitlist.already");
        }
        WaitlistEntry entry =
                new WaitlistEntry(
                        desk.room(),
                        desk.ngo(),
                        em.getReference(Account.class, caller.accountId()),
                        span,
                        form.getPurpose(),
                        form.getAttendees(),
                        desk.now());
        em.persist(entry);
        em.flush();
        audit.record(
                caller,
                "waitlist.joined",
                Subject.of("waitlist", entry.id(), desk.house().region().code()),
                "room " + desk.room().id() + " " + form.getDate() + " " + start + "–" + end);
        return view(entry);
    }

    /** The open entries of every NGO the caller represents, soonest first. */
    public List<EntryView> mine(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return queue.ofNgos(caller.ngos(), clock.instant()).stream().map(this::view).toList();
    }

    /** Takes an offered slot: an ordinary booking, with every rule checked again. */
    public BookingView accept(Caller caller, long entryId) {
        WaitlistEntry entry = own(caller, entryId);
        Instant now = clock.instant();
        entry.requireLiveOffer(now);
        BookingDesk desk = bookings.desk(caller, entry.ngo().id(), entry.room().id());
        desk.obstacle(entry.period(), entry.attendees())
                .ifPresent(
                        refusal -> {
                            throw refusal;
                        });
        Booking booking = desk.book(entry.period(), entry.purpose(), entry.attendees());
        entry.booked(booking, now);
        letters.made(booking);
        return BookingView.of(booking);
    }

    /** Leaves the waitlist; an offer given up passes to the next in line at once. */
    public void withdraw(Caller caller, long entryId) {
        WaitlistEntry entry = own(caller, entryId);
        boolean gaveUpOffer = entry.withdraw();
        audit.record(
                caller,
                "waitlist.withdrawn",
                Subject.of("waitlist", entry.id(), entry.room().house().region().code()),
                null);
        if (gaveUpOffer) {
            queue.offer(entry.room(), entry.period(), clock.instant());
        }
    }

    /** A slot freed in this transaction: offer what is left of it to the first in line. */
    public void slotFreed(@Observes Bookings.SlotFreed freed) {
        Room room = em.find(Room.class, freed.roomId());
        Instant now = clock.instant();
        Instant from = freed.period().start().isAfter(now) ? freed.period().start() : now;
        if (room != null && freed.period().end().isAfter(from)) {
            queue.offer(room, Period.of(from, freed.period().end()), now);
        }
    }

    /** Lapsed offers pass to the next in line. Run every minute by the sweeper. */
    public int expireOffers(Instant now) {
        List<WaitlistEntry> lapsed = queue.lapsed(now);
        for (WaitlistEntry entry : lapsed) {
            entry.expire();
            audit.record(
                    null,
                    null,
                    "waitlist.offerLapsed",
                    Subject.of("waitlist", entry.id(), entry.room().house().region().code()),
                    null);
        }
        em.flush();
        for (WaitlistEntry entry : lapsed) {
            queue.offer(entry.room(), entry.period(), now);
        }
        return lapsed.size();
    }

    private WaitlistEntry own(Caller caller, long entryId) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        WaitlistEntry entry = em.find(WaitlistEntry.class, entryId);
        if (entry == null || !caller.represents(entry.ngo().id())) {
            // Someone else's entry is "not found": its existence is not the caller's business.
            throw Refusal.notFound("waitlist.notFound", Long.toString(entryId));
        }
        return entry;
    }

    private EntryView view(WaitlistEntry w) {
        ZoneId zone = w.room().house().timeZone();
        return new EntryView(
                w.id(),
                w.room().id(),
                w.room().name(),
                w.ngo().id(),
                w.ngo().name(),
                w.startsAt().atZone(zone).toLocalDate(),
                w.startsAt().atZone(zone).toLocalTime(),
                w.endsAt().atZone(zone).toLocalTime(),
                w.status().name(),
                w.offerEndsAt(),
                queue.place(w));
    }
}
