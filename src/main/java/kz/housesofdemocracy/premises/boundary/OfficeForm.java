package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;

/** What adding or editing an office asks for. */
public class OfficeForm implements Serializable, PremisesInput.OfficeFields {

    private static final long serialVersionUID = 1L;

    private TextsForm name = new TextsForm();
    private BigDecimal areaSquareMetres;
    private Integer floor;
    private BigDecimal monthlyRentKzt;
    private LocalDate availableFrom;
    private Long hourlyRoomId;

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
