package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;

/** What opening or editing a House asks for; pages bind to it and REST reads it from JSON. */
public class HouseForm implements Serializable, PremisesInput.HouseFields {

    private static final long serialVersionUID = 1L;

    private String regionCode;
    private TextsForm name = new TextsForm();
    private TextsForm address = new TextsForm();
    private String phone;
    private String email;
    private String timeZone = Clocks.KAZAKHSTAN.getId();
    private List<DayForm> openingHours = new ArrayList<>();

    /** One weekday: open or not, and from when to when ("09:00"). */
    public static class DayForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String day;
        private boolean open;
        private String opens;
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
}
