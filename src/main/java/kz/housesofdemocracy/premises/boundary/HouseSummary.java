package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A House in a list: enough to name it and link to it. */
@Schema(description = "A House in a list: enough to name it and link to it (getHouse).")
public record HouseSummary(
        long id,
        @Schema(description = "The region's ISO 3166-2 code.", example = "KZ-71") String regionCode,
        LocalizedText name,
        LocalizedText address,
        @Schema(description = "The House's time zone (tz database).", example = "Asia/Almaty")
                String timeZone,
        @Schema(description = "False once the House is closed.") boolean open,
        @Schema(
                        description =
                                "The share of a booking's market value the state pays here,"
                                        + " whole per cent.",
                        example = "100")
                int subsidyPercent,
        @Schema(
                        description = "The first day it counts (ISO 8601, in the House's zone).",
                        example = "2027-01-01")
                java.time.LocalDate openedOn,
        @Schema(
                        description =
                                "The day it stops counting (it closes at the start of it, in the"
                                        + " House's zone); null while no closing date is set.",
                        example = "2030-01-01")
                java.time.LocalDate closedOn)
        implements Serializable {

    static HouseSummary of(House house) {
        return new HouseSummary(
                house.id(),
                house.region().code(),
                house.name(),
                house.address(),
                house.timeZone().getId(),
                house.isOpen(),
                house.subsidyPercent(),
                house.openedOn(),
                house.closedOn());
    }
}
