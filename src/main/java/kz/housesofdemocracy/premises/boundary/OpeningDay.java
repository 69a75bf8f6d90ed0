package kz.housesofdemocracy.premises.boundary;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekday of a House's week; opens and closes are null on a closing day. */
public record OpeningDay(DayOfWeek day, LocalTime opens, LocalTime closes)
        implements java.io.Serializable {

    public boolean open() {
        return opens != null;
    }
}
