package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * Reads an organiser's event form into a plan, or refuses it: who may organise it, where it is for,
 * its texts, its times (in the future, in its House's zone or the country's), its registration and
 * the rooms it may hold.
 */
@Dependent
public class EventPlans {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;

    /** Where an event is for: a House (and so its region), a region, or the whole country. */
    private record Place(House house, String regionCode) {
        ZoneId zone() {
            return house != null ? house.timeZone() : Clocks.KAZAKHSTAN;
        }
    }

    public EventPlan plan(Caller caller, EventForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        // Only those who may organise somewhere get to hear what is wrong with a form.
        if (!EventAccess.organisesSomewhere(caller)) {
            throw Refusal.forbidden();
        }
        Event.Scope scope = scope(form);
        Place place = place(scope, form);
        EventAccess.requireOrganiserIn(caller, place.regionCode());
        InputCheck check = InputCheck.start().present("date", form.getDate());
        TextsForm t = form.getTitle() == null ? new TextsForm() : form.getTitle();
        LocalizedText title =
                TextChecks.texts(check, "title", t.getKk(), t.getRu(), t.getEn(), 300);
        TextsForm d = form.getDescription() == null ? new TextsForm() : form.getDescription();
        LocalizedText description =
                TextChecks.optionalTexts(
                        check, "description", d.getKk(), d.getRu(), d.getEn(), 4000);
        LocalTime startTime = check.time("start", form.getStart());
        LocalTime endTime = check.time("end", form.getEnd());
        check.rule("capacity", Event.capacityProblem(form.getCapacity()));
        check.orRefuse();
        Period when = when(form, startTime, endTime, place.zone());
        Instant deadline =
                form.getRegistrationDeadline() == null
                        ? null
                        : form.getRegistrationDeadline()
                                .plusDays(1)
                                .atStartOfDay(place.zone())
                                .toInstant();
        return new EventPlan(
                scope,
                place.regionCode(),
                place.house(),
                title,
                description,
                when,
                !Boolean.FALSE.equals(form.getPublicEvent()),
                form.getCapacity(),
                deadline,
                rooms(form, place));
    }

    private static Event.Scope scope(EventForm form) {
        try {
            return Event.Scope.valueOf(String.valueOf(form.getScope()));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.invalid("scope", "event.problem.scope");
        }
    }

    private Place place(Event.Scope scope, EventForm form) {
        if (scope == Event.Scope.HOUSE) {
            House house =
                    form.getHouseId() == null ? null : em.find(House.class, form.getHouseId());
            if (house == null) {
                throw Refusal.invalid("houseId", "event.problem.house");
            }
            return new Place(house, house.region().code());
        }
        if (scope == Event.Scope.REGIONAL) {
            if (form.getRegionCode() == null
                    || em.find(Region.class, form.getRegionCode()) == null) {
                throw Refusal.invalid("regionCode", "event.problem.region");
            }
            return new Place(null, form.getRegionCode());
        }
        return new Place(null, null);
    }

    /** From the first day's start to the last day's end, which must follow it and lie ahead. */
    private Period when(EventForm form, LocalTime startTime, LocalTime endTime, ZoneId zone) {
        LocalDate endDate = form.getEndDate() == null ? form.getDate() : form.getEndDate();
        Instant start = form.getDate().atTime(startTime).atZone(zone).toInstant();
        Instant end = endDate.atTime(endTime).atZone(zone).toInstant();
        InputCheck.start()
                .rule("end", Event.timesProblem(start, end))
                .when(!start.isAfter(clock.instant()), "date", "event.problem.past")
                .orRefuse();
        return Period.of(start, end);
    }

    /**
     * The rooms an event holds are active and in its House, or its region's Houses (anywhere for a
     * national event); the organiser's authority covers them.
     */
    private List<Room> rooms(EventForm form, Place place) {
        List<Room> rooms = new ArrayList<>();
        for (Long roomId : form.getRoomIds() == null ? List.<Long>of() : form.getRoomIds()) {
            Room room = em.find(Room.class, roomId);
            if (room == null || !room.isActive()) {
                throw Refusal.invalid("roomIds", "event.problem.room");
            }
            House house = place.house();
            String regionCode = place.regionCode();
            if ((house != null && !room.house().id().equals(house.id()))
                    || (regionCode != null && !room.house().region().code().equals(regionCode))) {
                throw Refusal.invalid("roomIds", "event.problem.room");
            }
            rooms.add(room);
        }
        return rooms;
    }
}
