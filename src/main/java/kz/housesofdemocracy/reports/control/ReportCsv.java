package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A report's places as CSV (open data): UTF-8 with a byte order mark, CRLF lines, numbers bare and
 * text quoted.
 */
public final class ReportCsv {

    private ReportCsv() {}

    public static byte[] write(OccupancyReport report, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<Object> row : ReportTables.placeRows(report, locale, true)) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                cell(out, row.get(i));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void cell(StringBuilder out, Object v) {
        String s = v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        if (v instanceof Number) {
            out.append(s);
        } else {
            out.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }
}
