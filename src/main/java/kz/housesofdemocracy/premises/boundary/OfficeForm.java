package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What adding or editing an office asks for. */
@Schema(description = "An office's facts as adding or changing it takes them.")
public class OfficeForm implements Serializable, PremisesInput.OfficeFields {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The office's name, up to 200 characters a language.")
    private TextsForm name = new TextsForm();

    @Schema(
            description = "Area in square metres, above 0 and at most 10,000, one decimal at most.",
            required = true,
            example = "22.5")
    private BigDecimal areaSquareMetres;

    @Schema(
            description = "Floor, -5 to 100 (negative below ground).",
            required = true,
            minimum = "-5",
            maximum = "100",
            example = "3")
    private Integer floor;

    @Schema(
            description =
                    "Monthly rent at market value in tenge: 0 to 10,000,000, two decimals at"
                            + " most.",
            required = true,
            example = "101250")
    private BigDecimal monthlyRentKzt;

    @Schema(
            description = "First day it may be leased (ISO 8601).",
            required = true,
            example = "2027-01-01")
    private LocalDate availableFrom;

    @Schema(
            description =
                    "An active room of the same House the office is booked as by the hour while"
                            + " not leased; optional.")
    private Long hourlyRoomId;

    @Schema(
            description =
                    "The day it stops counting (ISO 8601): it closes at the start of that day in"
                            + " the House's zone; after availableFrom. Null or left out: no"
                            + " closing date (clearing a closing date still ahead reopens it).",
            example = "2030-01-01")
    private LocalDate closedOn;

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    /** The room of the same House the office is booked as by the hour while not leased. */
    public Long getHourlyRoomId() {
        return hourlyRoomId;
    }

    public void setHourlyRoomId(Long hourlyRoomId) {
        this.hourlyRoomId = hourlyRoomId;
    }

    public TextsForm getName() {
        return name;
    }

    public void setName(TextsForm name) {
        this.name = name;
    }

    public BigDecimal getAreaSquareMetres() {
        return areaSquareMetres;
    }

    public void setAreaSquareMetres(BigDecimal areaSquareMetres) {
        this.areaSquareMetres = areaSquareMetres;
    }

    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    public BigDecimal getMonthlyRentKzt() {
        return monthlyRentKzt;
    }

    public void setMonthlyRentKzt(BigDecimal monthlyRentKzt) {
        this.monthlyRentKzt = monthlyRentKzt;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }
}
