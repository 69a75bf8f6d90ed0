package kz.housesofdemocracy.reports.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** Native SQL with named parameters, and the column values it returns read as Java values. */
final class NativeRows {

    private static final Pattern PARAMETER = Pattern.compile("\\?([A-Za-z][A-Za-z0-9]*)");

    private NativeRows() {}

    /**
     * Runs a native query. {@code ?r} and {@code ?h} are the region and House of the scope; other
     * named parameters come as name–value pairs.
     */
    static List<Object[]> rows(
            EntityManager em, String sql, String regionCode, Long houseId, Object... named) {
        List<?> result = query(em, sql, regionCode, houseId, named).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object r : result) {
            rows.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return rows;
    }

    /** Runs a native INSERT, UPDATE or DELETE with named parameters; answers the rows changed. */
    static int update(EntityManager em, String sql, Object... named) {
        return query(em, sql, null, null, named).executeUpdate();
    }

    private static Query query(
            EntityManager em, String sql, String regionCode, Long houseId, Object... named) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("r", regionCode);
        values.put("h", houseId);
        for (int i = 0; i < named.length; i += 2) {
            values.put((String) named[i], named[i + 1]);
        }
        // Named parameters in native SQL are positional for EclipseLink: ?name becomes ?n.
        StringBuilder positional = new StringBuilder();
        List<Object> ordered = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for ?" + name);
            }
            ordered.add(values.get(name));
            m.appendReplacement(positional, "?" + ordered.size());
        }
        m.appendTail(positional);
        Query query = em.createNativeQuery(positional.toString());
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter(i + 1, ordered.get(i));
        }
        return query;
    }

    static LocalizedText text(Object kk, Object ru, Object en) {
        return new LocalizedText((String) kk, (String) ru, (String) en);
    }

    static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static BigDecimal decimal(Object o) {
        return o == null
                ? BigDecimal.ZERO
                : o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not a moment: " + o.getClass());
    }

    static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        throw new IllegalArgumentException("not a date: " + o.getClass());
    }

    static LocalTime time(Object o) {
        if (o instanceof Time t) {
            return t.toLocalTime();
        }
        if (o instanceof LocalTime t) {
            return t;
        }
        throw new IllegalArgumentException("not a time: " + o.getClass());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
