package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A House with everything its page shows. */
@Schema(description = "A House with everything its page shows.")
public record HouseDetails(
        long id,
        @Schema(description = "The region's ISO 3166-2 code.", example = "KZ-71") String regionCode,
        LocalizedText regionName,
        LocalizedText name,
        LocalizedText address,
        @Schema(description = "Phone, as typed by staff; may be null.") String phone,
        @Schema(description = "Contact e-mail; may be null.") String email,
        @Schema(
                        description =
                                "The House's time zone (tz database); opening hours and"
                                        + " blackouts are in it.",
                        example = "Asia/Almaty")
                String timeZone,
        @Schema(description = "False once the House is closed: no new bookings or leases.")
                boolean open,
        @Schema(
                        description =
                                "The share of a booking's market value the state pays here,"
                                        + " whole per cent.",
                        example = "100")
                int subsidyPercent,
        @Schema(description = "Hours one NGO may book here in a calendar month.", example = "40")
                int quotaHoursMonth,
        @Schema(description = "Bookings one NGO may hold here ahead at once.", example = "10")
                int quotaFutureBookings,
        @Schema(description = "Monday to Sunday, seven entries.") List<OpeningDay> openingHours,
        @Schema(description = "Rooms in use (retired ones are left out).") List<RoomView> rooms,
        @Schema(description = "Offices in use (retired ones are left out).")
                List<OfficeView> offices,
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
        implements Serializable {}
