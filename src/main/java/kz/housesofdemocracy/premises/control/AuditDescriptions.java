package kz.housesofdemocracy.premises.control;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.premises.entity.Equipment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Photo;
import kz.housesofdemocracy.premises.entity.Room;

/** How premises read in the audit log: what a House, room or office was before and after. */
public final class AuditDescriptions {

    private AuditDescriptions() {}

    public static String of(House h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", TextChecks.audit(h.name()));
        m.put("address", TextChecks.audit(h.address()));
        m.put("phone", h.phone());
        m.put("email", h.email());
        m.put("timeZone", h.timeZone().getId());
        m.put("week", h.openingHours().perWeek().toMinutes() + " min");
        m.put("openedOn", h.openedOn());
        m.put("closedOn", h.closedOn());
        return m.toString();
    }

    public static String of(Room r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind());
        m.put("name", TextChecks.audit(r.name()));
        m.put("capacity", r.capacity().people());
        m.put("rate", r.hourlyRate().amount().toPlainString());
        m.put("stepFree", r.stepFree());
        m.put("needsApproval", r.needsApproval());
        m.put("rules", r.rules());
        m.put("equipment", r.equipment().stream().map(Equipment::code).toList());
        m.put("openedOn", r.openedOn());
        m.put("closedOn", r.closedOn());
        return m.toString();
    }

    public static String of(Office o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", TextChecks.audit(o.name()));
        m.put("area", o.areaSquareMetres().toPlainString());
        m.put("floor", o.floor());
        m.put("rent", o.monthlyRent().amount().toPlainString());
        m.put("availableFrom", o.availableFrom());
        m.put("closedOn", o.closedOn());
        return m.toString();
    }

    /** Where a new photo hangs and its size: "room 12, 1600×1200". */
    public static String of(Photo p) {
        return (p.room() != null ? "room " + p.room().id() : "office " + p.office().id())
                + ", "
                + p.width()
                + "×"
                + p.height();
    }

    public static String change(String before, String after) {
        return "before: " + before + "; after: " + after;
    }
}
