package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.files.SpreadsheetCells;

/**
 * A report's places as CSV (open data): UTF-8 with a byte order mark, CRLF lines, numbers bare and
 * text quoted, a text that would start a formula neutralised ({@link SpreadsheetCells}).
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

    /** A number as a number (a negative figure stays a number); text quoted and neutralised. */
    private static void cell(StringBuilder out, Object v) {
        if (v instanceof Number) {
            out.append(v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        } else {
            out.append(SpreadsheetCells.csvText(v == null ? "" : v.toString()));
        }
    }
}
