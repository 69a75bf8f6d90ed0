package kz.housesofdemocracy.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import kz.housesofdemocracy.demo.CountryPlan.Hours;
import kz.housesofdemocracy.demo.CountryPlan.House;

/** When a generated House is open: its weekly hours, less the product's days off and its life. */
final class CountryCalendar {

    private CountryCalendar() {}

    /** The House's hours on the day, if it is open then. */
    static Optional<Hours> hours(House house, LocalDate day, CountryPlan.Input input) {
        if (day.isBefore(house.openedOn()) || input.daysOff().containsKey(day)) {
            return Optional.empty();
        }
        return house.hours().stream().filter(h -> h.day() == day.getDayOfWeek()).findFirst();
    }

    /** Whether the House is open on the day and it is Monday to Friday. */
    static boolean openWeekday(House house, LocalDate day, CountryPlan.Input input) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && hours(house, day, input).isPresent();
    }
}
