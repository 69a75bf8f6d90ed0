package kz.housesofdemocracy.premises.boundary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One weekday of a House's week; opens and closes are null on a closing day. */
@Schema(description = "One weekday of a House's week, in the House's local time.")
public record OpeningDay(
        @Schema(
                        type = SchemaType.STRING,
                        description = "The weekday.",
                        enumeration = {
                            "MONDAY",
                            "TUESDAY",
                            "WEDNESDAY",
                            "THURSDAY",
                            "FRIDAY",
                            "SATURDAY",
                            "SUNDAY"
                        },
                        example = "MONDAY")
                DayOfWeek day,
        @Schema(description = "Opening time; null on a closing day.", example = "09:00:00")
                LocalTime opens,
        @Schema(description = "Closing time; null on a closing day.", example = "18:00:00")
                LocalTime closes)
        implements java.io.Serializable {

    public boolean open() {
        return opens != null;
    }
}
