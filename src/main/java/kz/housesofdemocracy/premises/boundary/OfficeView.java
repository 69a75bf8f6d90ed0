package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Office;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An office NGOs may lease.")
public record OfficeView(
        long id,
        LocalizedText name,
        @Schema(description = "Area in square metres.", example = "22.5")
                BigDecimal areaSquareMetres,
        @Schema(description = "Floor (negative below ground).", example = "3") int floor,
        @Schema(description = "Monthly rent at market value, in tenge.", example = "101250")
                BigDecimal monthlyRentKzt,
        @Schema(description = "First day it may be leased (ISO 8601).", example = "2027-01-01")
                LocalDate availableFrom,
        @Schema(description = "False once retired.") boolean active,
        List<PhotoView> photos,
        @Schema(
                        description =
                                "The room of the same House it is booked as by the hour while"
                                        + " not leased; null when it is not.")
                Long hourlyRoomId,
        @Schema(
                        description =
                                "The first day it counts, the same as availableFrom (ISO 8601).",
                        example = "2027-01-01")
                java.time.LocalDate openedOn,
        @Schema(
                        description =
                                "The day it stops counting (it closes at the start of it, in the"
                                        + " House's zone); null while no closing date is set.",
                        example = "2030-01-01")
                java.time.LocalDate closedOn)
        implements Serializable {

    static OfficeView of(Office office, List<PhotoView> photos) {
        return new OfficeView(
                office.id(),
                office.name(),
                office.areaSquareMetres(),
                office.floor(),
                office.monthlyRent().amount(),
                office.availableFrom(),
                office.isActive(),
                photos,
                office.hourlyRoom() == null ? null : office.hourlyRoom().id(),
                office.availableFrom(),
                office.closedOn());
    }
}
