package kz.housesofdemocracy.closures.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The administrator's holidays: a year's dated records, add one, remove one. */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Holidays holidays;
    @Inject private CurrentCaller caller;

    private int year;
    private LocalDate date;
    private TextsForm name = new TextsForm();
    private boolean transferable = true;

    @PostConstruct
    void startInThisYear() {
        year = Clocks.today(clock).getYear();
    }

    public List<Holidays.HolidayView> getList() {
        return holidays.inYear(year);
    }

    public List<LocalDate> getDaysOff() {
        return List.copyOf(holidays.daysOffInYear(year).keySet());
    }

    public void add() {
        try {
            holidays.add(
                    caller.require(), date, name.getKk(), name.getRu(), name.getEn(), transferable);
            FacesFeedback.info("holidays.added");
            date = null;
            name = new TextsForm();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "holiday");
        }
    }

    public void remove(long id) {
        try {
            holidays.remove(caller.require(), id);
            FacesFeedback.info("holidays.removed");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "holiday");
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public TextsForm getName() {
        return name;
    }

    public boolean isTransferable() {
        return transferable;
    }

    public void setTransferable(boolean transferable) {
        this.transferable = transferable;
    }
}
