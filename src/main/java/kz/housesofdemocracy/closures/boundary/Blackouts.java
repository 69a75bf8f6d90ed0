package kz.housesofdemocracy.closures.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.closures.control.InternalClosures;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Times a House or one of its rooms is closed, set by the House's managers with a reason. */
@Stateless
public class Blackouts {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<OpenTimeChanged> openTimeChanged;

    /**
     * A blackout as people read it: the reason in the reader's language and in all three ({@code
     * note}); an internal event's hold says only "closed" to anyone outside the House's staff.
     */
    @Schema(description = "A time a House, or one of its rooms, is closed to bookings.")
    public record BlackoutView(
            long id,
            @Schema(description = "The room it closes; null when it closes the whole House.")
                    Long roomId,
            @Schema(description = "Start (UTC instant).") Instant startsAt,
            @Schema(description = "End (UTC instant).") Instant endsAt,
            @Schema(
                            description =
                                    "The reason in the reader's language (\"closed\" for an"
                                            + " internal event's hold, outside the House's"
                                            + " staff).")
                    String reason,
            @Schema(description = "The reason in all three languages.") LocalizedText note)
            implements Serializable {}

    /**
     * A House's blackouts that overlap the period, as the caller (null: a visitor) may read them,
     * in the reader's language.
     */
    public List<BlackoutView> of(Caller caller, long houseId, Period period, Locale locale) {
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        List<Blackout> found =
                em.createNamedQuery(Blackout.IN_HOUSE, Blackout.class)
                        .setParameter("house", house)
                        .setParameter("start", period.start())
                        .setParameter("end", period.end())
                        .getResultList();
        Set<Long> hidden =
                InternalClosures.seesReasons(caller, house)
                        ? Set.of()
                        : InternalClosures.internal(found);
        LocalizedText closed = LocalizedText.of(l -> Messages.get(l, "closures.internal"));
        return found.stream()
                .map(
                        b -> {
                            boolean hide = hidden.contains(b.id());
                            LocalizedText note = hide ? closed : b.describe();
                            return new BlackoutView(
                                    b.id(),
                                    b.roomId(),
                                    b.startsAt(),
                                    b.endsAt(),
                                    hide ? closed.in(locale) : b.reason(),
                                    note);
                        })
                .toList();
    }

    /** A blackout in the House's local time; a room id of null closes the whole House. */
    public long add(
            Caller caller,
            long houseId,
            Long roomId,
            LocalDateTime from,
            LocalDateTime to,
            String reason) {
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        AccessPolicy.require(
                caller, Action.MANAGE_HOUSE, Scope.house(houseId, house.region().code()));
        InputCheck check =
                InputCheck.start()
                        .present("from", from)
                        .present("to", to)
                        .text("reason", reason, 500);
        ZoneId zone = house.timeZone();
        if (from != null && to != null) {
            check.rule(
                    "to",
                    Blackout.timesProblem(
                            from.atZone(zone).toInstant(), to.atZone(zone).toInstant()));
        }
        Room room = roomId == null ? null : em.find(Room.class, roomId);
        check.when(
                roomId != null && (room == null || !room.house().id().equals(houseId)),
                "roomId",
                "validation.blackout.room");
        check.orRefuse();
        Blackout blackout =
                new Blackout(
                        house,
                        room,
                        from.atZone(zone).toInstant(),
                        to.atZone(zone).toInstant(),
                        reason,
                        clock.instant());
        em.persist(blackout);
        em.flush();
        openTimeChanged.fire(
                OpenTimeChanged.ofHouse(houseId, from.toLocalDate(), to.toLocalDate()));
        audit.record(
                caller,
                "blackout.added",
                Subject.of("blackout", blackout.id(), house.region().code()),
                from + "–" + to + (room == null ? "" : " room " + roomId) + ": " + reason.strip());
        return blackout.id();
    }

    public void remove(Caller caller, long blackoutId) {
        Blackout blackout = em.find(Blackout.class, blackoutId);
        if (blackout == null) {
            throw Refusal.notFound("refusal.blackout.notFound");
        }
        House house = blackout.house();
        AccessPolicy.require(
                caller, Action.MANAGE_HOUSE, Scope.house(house.id(), house.region().code()));
        em.remove(blackout);
        em.flush();
        openTimeChanged.fire(
                OpenTimeChanged.ofHouse(
                        house.id(),
                        blackout.startsAt().atZone(house.timeZone()).toLocalDate(),
                        blackout.endsAt().atZone(house.timeZone()).toLocalDate()));
        audit.record(
                caller,
                "blackout.removed",
                Subject.of("blackout", blackoutId, house.region().code()),
                blackout.reason());
    }
}
