package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What opening or editing a House asks for; pages bind to it and REST reads it from JSON. */
@Schema(
        description =
                "A House's facts as opening or changing it takes them; names and addresses are"
                        + " {\"kk\", \"ru\", \"en\"} texts, at least one language each.")
public class HouseForm implements Serializable, PremisesInput.HouseFields {

    private static final long serialVersionUID = 1L;

    @Schema(
            description =
                    "The region's ISO 3166-2 code; required to open a House, ignored when"
                            + " changing one.",
            example = "KZ-71")
    private String regionCode;

    @Schema(description = "The House's name, up to 200 characters a language.")
    private TextsForm name = new TextsForm();

    @Schema(description = "The House's address, up to 300 characters a language.")
    private TextsForm address = new TextsForm();

    @Schema(description = "Phone, up to 30 characters; optional.", example = "+7 7172 00 00 00")
    private String phone;

    @Schema(description = "Contact e-mail; optional.", example = "astana@example.kz")
    private String email;

    @Schema(
            description = "One of Kazakhstan's time zones; Asia/Almaty when left out.",
            enumeration = {
                "Asia/Almaty",
                "Asia/Qostanay",
                "Asia/Qyzylorda",
                "Asia/Aqtobe",
                "Asia/Aqtau",
                "Asia/Atyrau",
                "Asia/Oral"
            },
            defaultValue = "Asia/Almaty")
    private String timeZone = Clocks.KAZAKHSTAN.getId();

    @Schema(
            description =
                    "The week: one entry per weekday at most; days left out or not `open` are"
                            + " closing days.")
    private List<DayForm> openingHours = new ArrayList<>();

    @Schema(
            description =
                    "The first day it counts (ISO 8601, in the House's zone): no bookings before"
                            + " it. Today when left out on creation; unchanged when left out on a"
                            + " change.",
            example = "2027-01-01")
    private java.time.LocalDate openedOn;

    @Schema(
            description =
                    "The day it stops counting (ISO 8601): it closes at the start of that day in"
                            + " the House's zone; after the opening day. Null or left out: no"
                            + " closing date (clearing a closing date still ahead reopens it). Only the"
                            + " national administrator's is taken.",
            example = "2030-01-01")
    private java.time.LocalDate closedOn;

    /** One weekday: open or not, and from when to when ("09:00"). */
    @Schema(description = "One weekday: open or not, and from when to when.")
    public static class DayForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @Schema(
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
        private String day;

        @Schema(description = "Whether the House opens that day.")
        private boolean open;

        @Schema(description = "Opening time, on the half-hour grid.", example = "09:00")
        private String opens;

        @Schema(
                description = "Closing time, on the half-hour grid, after opening.",
                example = "18:00")
        private String closes;

        public DayForm() {}

        public DayForm(String day, boolean open, String opens, String closes) {
            this.day = day;
            this.open = open;
            this.opens = opens;
            this.closes = closes;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** A week open 09:00–18:00 on working days, as a starting point for a new House. */
    public static HouseForm withUsualWeek() {
        HouseForm form = new HouseForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean working = day.getValue() <= 5;
            form.openingHours.add(new DayForm(day.name(), working, "09:00", "18:00"));
        }
        return form;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public TextsForm getName() {
        return name;
    }

    public void setName(TextsForm name) {
        this.name = name;
    }

    public TextsForm getAddress() {
        return address;
    }

    public void setAddress(TextsForm address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    @Override
    public List<String[]> openDays() {
        List<String[]> days = new ArrayList<>();
        if (openingHours != null) {
            for (DayForm day : openingHours) {
                if (day != null && day.isOpen()) {
                    days.add(new String[] {day.getDay(), day.getOpens(), day.getCloses()});
                }
            }
        }
        return days;
    }

    public List<DayForm> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<DayForm> openingHours) {
        this.openingHours = openingHours;
    }

    public java.time.LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(java.time.LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public java.time.LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(java.time.LocalDate closedOn) {
        this.closedOn = closedOn;
    }
}
