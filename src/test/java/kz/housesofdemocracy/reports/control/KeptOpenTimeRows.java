package kz.housesofdemocracy.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Test-only: the kept {@code room_month_open} rows of a House, read in one statement. */
@Dependent
public class KeptOpenTimeRows {

    @PersistenceContext private EntityManager em;

    /** "room month" → "open/closed/held", the kept rows of the House's rooms in the years. */
    public Map<String, String> of(long houseId, int firstYear, int lastYear) {
        Map<String, String> rows = new TreeMap<>();
        for (Object[] row :
                NativeRows.rows(
                        em,
                        "SELECT o.room_id, o.month_start, o.open_minutes, o.closed_minutes, o.held_minutes"
                                + " FROM room_month_open o JOIN room r ON r.id = o.room_id WHERE r.house_id = ?h"
                                + " AND o.month_start >= ?a AND o.month_start < ?b",
                        null,
                        houseId,
                        "a",
                        java.sql.Date.valueOf(LocalDate.of(firstYear, 1, 1)),
                        "b",
                        java.sql.Date.valueOf(LocalDate.of(lastYear + 1, 1, 1)))) {
            rows.put(
                    NativeRows.number(row[0]) + " " + NativeRows.date(row[1]),
                    NativeRows.number(row[2])
                            + "/"
                            + NativeRows.number(row[3])
                            + "/"
                            + NativeRows.number(row[4]));
        }
        return rows;
    }

    /** The same key and value for a computed month. */
    public static String key(long room, LocalDate month) {
        return room + " " + month;
    }
}
