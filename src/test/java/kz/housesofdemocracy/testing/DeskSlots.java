package kz.housesofdemocracy.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.bookings.boundary.BookingForm;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.boundary.HouseForm;
import kz.housesofdemocracy.premises.boundary.PremisesAdministration;

/**
 * Slots for the tests that book inside the server, through the façades ({@link Slots} is the same
 * over REST): a working day ahead, a House of a test's own, a one-hour booking form.
 */
@ApplicationScoped
public class DeskSlots {

    /** A national administrator, for opening Houses and reading their calendars. */
    public static final Caller ADMIN =
            new Caller(
                    0,
                    "desk-slots@example.kz",
                    "Desk slots",
                    Language.EN,
                    List.of(new Caller.Grant(Role.NATIONAL_ADMIN, null, null)));

    @Inject private Holidays holidays;
    @Inject private PremisesAdministration administration;

    /** The first day at least {@code after} days ahead that is neither a weekend nor a day off. */
    public LocalDate workingDay(int after) {
        LocalDate day = LocalDate.now(Clocks.KAZAKHSTAN).plusDays(after);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || !holidays.daysOff(day, day).isEmpty()) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A House of the test's own in Akmola (its usual week), so no other test's quotas meet it. */
    public long newHouse(String name) {
        HouseForm form = HouseForm.withUsualWeek();
        form.setRegionCode("KZ-11");
        form.setName(new TextsForm(null, null, name + " " + System.nanoTime()));
        form.setAddress(new TextsForm(null, null, "Kokshetau"));
        return administration.openHouse(ADMIN, form);
    }

    /** A request for one hour from {@code hour} o'clock, for three people. */
    public static BookingForm form(long ngo, long room, LocalDate day, int hour) {
        BookingForm form = new BookingForm();
        form.setNgoId(ngo);
        form.setRoomId(room);
        form.setDate(day);
        form.setStart(LocalTime.of(hour, 0).toString());
        form.setEnd(LocalTime.of(hour + 1, 0).toString());
        form.setPurpose("Desk slots");
        form.setAttendees(3);
        return form;
    }
}
