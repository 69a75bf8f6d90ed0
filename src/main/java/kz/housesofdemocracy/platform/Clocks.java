package kz.housesofdemocracy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock the application reads time from, so that rules about time can be tested, and the
 * one zone in which the country's calendar days are counted (a House may keep its own zone for its
 * opening hours).
 */
@ApplicationScoped
public class Clocks {

    /** The zone of the country's calendar: lease months, report years, "today" on a page. */
    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Today's date in Kazakhstan by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(KAZAKHSTAN));
    }
}
