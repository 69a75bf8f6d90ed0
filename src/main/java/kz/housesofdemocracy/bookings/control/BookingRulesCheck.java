package kz.housesofdemocracy.bookings.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.OpeningHours;

/**
 * The rules a booking request must keep, each broken one named with a translated message (bundle
 * key and arguments): the half-hour grid, the room's shortest and longest booking, the minimum
 * notice and the horizon, opening hours, holidays, blackouts, capacity, and the NGO's eligibility.
 */
public final class BookingRulesCheck {

    private BookingRulesCheck() {}

    /** A broken rule: its message key and arguments. */
    public record Broken(String key, Object... arguments) {}

    /** Everything the rules look at. */
    public record Request(
            LocalDate date,
            LocalTime start,
            LocalTime end,
            int attendees,
            int capacity,
            BookingRules rules,
            OpeningHours hours,
            ZoneId zone,
            Map<LocalDate, LocalizedText> daysOff,
            List<LocalizedText> blackoutReasons,
            boolean ngoEligible,
            Instant now) {}

    public static Optional<Broken> firstBroken(Request r) {
        if (r.start().getMinute() % BookingRules.GRID_MINUTES != 0
                || r.end().getMinute() % BookingRules.GRID_MINUTES != 0
                || r.start().getSecond() != 0
                || r.end().getSecond() != 0) {
            return broken("booking.rule.grid");
        }
        if (!r.start().isBefore(r.end())) {
            return broken("booking.rule.order");
        }
        Duration length = Duration.between(r.start(), r.end());
        if (length.compareTo(r.rules().shortest()) < 0) {
            return broken("booking.rule.tooShort", r.rules().minMinutes());
        }
        if (length.compareTo(r.rules().longest()) > 0) {
            return broken("booking.rule.tooLong", r.rules().maxMinutes() / 60.0);
        }
        Instant startsAt = r.date().atTime(r.start()).atZone(r.zone()).toInstant();
        if (startsAt.isBefore(r.now().plus(r.rules().notice()))) {
            return broken("booking.rule.notice", r.rules().noticeMinutes() / 60.0);
        }
        if (startsAt.isAfter(r.now().plus(r.rules().horizon()))) {
            return broken("booking.rule.horizon", r.rules().horizonDays());
        }
        if (!r.hours().covers(r.date().getDayOfWeek(), r.start(), r.end())) {
            // Name the day's hours, so the person knows what to ask for instead.
            return r.hours()
                    .on(r.date().getDayOfWeek())
                    .map(
                            day ->
                                    broken(
                                            "booking.rule.openingHours",
                                            day.opens().toString(),
                                            day.closes().toString()))
                    .orElseGet(() -> broken("booking.rule.closedThatDay"));
        }
        if (r.daysOff().containsKey(r.date())) {
            return broken("booking.rule.holiday", r.daysOff().get(r.date()));
        }
        if (!r.blackoutReasons().isEmpty()) {
            return broken("booking.rule.blackout", r.blackoutReasons().get(0));
        }
        if (r.attendees() < 1 || r.attendees() > r.capacity()) {
            return broken("booking.rule.capacity", r.capacity());
        }
        if (!r.ngoEligible()) {
            return broken("booking.rule.eligibility");
        }
        return Optional.empty();
    }

    private static Optional<Broken> broken(String key, Object... arguments) {
        return Optional.of(new Broken(key, arguments));
    }
}
