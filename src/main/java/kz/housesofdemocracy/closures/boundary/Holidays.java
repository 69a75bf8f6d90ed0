package kz.housesofdemocracy.closures.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.closures.control.HolidayCalendar;
import kz.housesofdemocracy.closures.entity.Holiday;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public holidays as dated records: everyone reads them, the national administrator keeps them. */
@Stateless
public class Holidays {

    @PersistenceContext private EntityManager em;
    @Inject private AuditTrail audit;
    @Inject private Event<OpenTimeChanged> openTimeChanged;

    @Schema(description = "A public holiday: rooms are not bookable on it.")
    public record HolidayView(
            long id,
            @Schema(description = "The day (ISO 8601).", example = "2027-03-22") LocalDate date,
            LocalizedText name,
            @Schema(
                            description =
                                    "When it falls on a Saturday or Sunday, the next working day"
                                            + " is off too.")
                    boolean transferable)
            implements Serializable {}

    /** The holidays of a calendar year. */
    public List<HolidayView> inYear(int year) {
        return between(year(year));
    }

    /** The days off of a calendar year, transfers included. */
    public Map<LocalDate, LocalizedText> daysOffInYear(int year) {
        return daysOff(year(year));
    }

    public List<HolidayView> between(DateSpan days) {
        return entries(days).stream()
                .map(h -> new HolidayView(h.id(), h.date(), h.name(), h.transferable()))
                .toList();
    }

    /**
     * Days off in a span, transfers included (a holiday just before the span may give a day in it).
     */
    public Map<LocalDate, LocalizedText> daysOff(DateSpan days) {
        Map<LocalDate, LocalizedText> all =
                HolidayCalendar.daysOff(
                        entries(DateSpan.of(days.first().minusDays(7), days.last())).stream()
                                .map(
                                        h ->
                                                new HolidayCalendar.Entry(
                                                        h.date(), h.name(), h.transferable()))
                                .toList());
        all.keySet().removeIf(d -> !days.contains(d));
        return all;
    }

    /** Days off from one day to another, both included. */
    public Map<LocalDate, LocalizedText> daysOff(LocalDate from, LocalDate to) {
        return daysOff(DateSpan.of(from, to));
    }

    public long add(
            Caller caller, LocalDate date, String kk, String ru, String en, boolean transferable) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        InputCheck check = InputCheck.start().present("date", date);
        LocalizedText name = TextChecks.texts(check, "name", kk, ru, en, 200);
        check.orRefuse();
        if (!entries(DateSpan.of(date, date)).isEmpty()) {
            throw Refusal.conflict("holiday-exists", "refusal.holiday.exists", date.toString());
        }
        Holiday holiday = new Holiday(date, name, transferable);
        em.persist(holiday);
        em.flush();
        openTimeChanged.fire(OpenTimeChanged.everywhere(date, date));
        audit.record(
                caller,
                "holiday.added",
                Subject.of("holiday", holiday.id(), null),
                date + " " + TextChecks.audit(name));
        return holiday.id();
    }

    public void remove(Caller caller, long id) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday == null) {
            throw Refusal.notFound("refusal.holiday.notFound");
        }
        em.remove(holiday);
        em.flush();
        openTimeChanged.fire(OpenTimeChanged.everywhere(holiday.date(), holiday.date()));
        audit.record(
                caller,
                "holiday.removed",
                Subject.of("holiday", id, null),
                holiday.date() + " " + TextChecks.audit(holiday.name()));
    }

    private static DateSpan year(int year) {
        return DateSpan.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private List<Holiday> entries(DateSpan days) {
        return em.createNamedQuery(Holiday.BETWEEN, Holiday.class)
                .setParameter("from", days.first())
                .setParameter("to", days.last())
                .getResultList();
    }
}
