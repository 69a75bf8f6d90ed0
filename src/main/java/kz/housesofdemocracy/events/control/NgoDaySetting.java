package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import kz.housesofdemocracy.events.entity.Setting;
import kz.housesofdemocracy.platform.Refusal;

/** NGO Day's date, kept as a setting ("MM-DD") while the administrator has set one. */
@Dependent
public class NgoDaySetting {

    @PersistenceContext private EntityManager em;

    public Optional<MonthDay> date() {
        Setting setting = em.find(Setting.class, Setting.NGO_DAY);
        return setting == null || setting.value() == null
                ? Optional.empty()
                : Optional.of(MonthDay.parse("--" + setting.value()));
    }

    /** The next NGO Day after today, when its date is set. */
    public Optional<LocalDate> next(LocalDate today) {
        return date().map(
                        d -> {
                            LocalDate thisYear = d.atYear(today.getYear());
                            return thisYear.isAfter(today)
                                    ? thisYear
                                    : d.atYear(today.getYear() + 1);
                        });
    }

    /** Sets the date; refuses a month and day that make none. */
    public MonthDay set(Integer month, Integer day) {
        MonthDay date;
        try {
            date = MonthDay.of(month, day);
        } catch (RuntimeException wrong) {
            throw Refusal.invalid("day", "validation.date");
        }
        String value = date.toString().substring(2);
        Setting setting = em.find(Setting.class, Setting.NGO_DAY);
        if (setting == null) {
            em.persist(new Setting(Setting.NGO_DAY, value));
        } else {
            setting.set(value);
        }
        return date;
    }
}
