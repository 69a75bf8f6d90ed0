package kz.housesofdemocracy.reports.control;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table on its own sheet: a bold header row, frozen and with an auto-filter, then rows of real
 * number and date cells in the column's format. Column widths are computed from the longest text
 * each column shows, not measured with fonts (POI's autosize needs AWT fonts, which a headless
 * server may lack, and it would cost a pass over the rows a streaming workbook no longer has).
 */
final class SheetWriter {

    /** How a column's cells are written and shown. */
    enum Format {
        TEXT(null),
        COUNT("#,##0"),
        HOURS("#,##0.0"),
        AREA("#,##0.00"),
        MONEY("#,##0.00"),
        RATE("0.0%"),
        YEAR("0"),
        DATE("yyyy-mm-dd"),
        DATE_TIME("yyyy-mm-dd hh:mm");

        final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    /** A column: its header (already in the sheet's language) and format. */
    record Column(String header, Format format) {}

    /** The cell styles of one workbook, shared by its sheets (a workbook allows only ~64,000). */
    static final class Styles {
        private final CellStyle header;
        private final Map<Format, CellStyle> cells = new EnumMap<>(Format.class);

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            for (Format format : Format.values()) {
                CellStyle style = workbook.createCellStyle();
                if (format.pattern != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern));
                }
                cells.put(format, style);
            }
        }
    }

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;

    /** Room for the auto-filter's button beside a header. */
    private static final int FILTER_BUTTON = 3;

    private final Sheet sheet;
    private final Styles styles;
    private final List<Column> columns;
    private final int[] widths;
    private final Map<Format, DecimalFormat> shown = new EnumMap<>(Format.class);
    private int next;

    private SheetWriter(Sheet sheet, Styles styles, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
        this.widths = new int[columns.size()];
        Row row = sheet.createRow(next++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            widths[c] = columns.get(c).header().length() + FILTER_BUTTON;
        }
        sheet.createFreezePane(0, 1);
    }

    static SheetWriter open(Workbook workbook, Styles styles, String name, List<Column> columns) {
        return new SheetWriter(workbook.createSheet(name), styles, columns);
    }

    /**
     * A row: a String is text, a Number a number, a LocalDate or LocalDateTime a date, null an
     * empty cell.
     */
    SheetWriter row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Format format = columns.get(c).format();
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.cells.get(format));
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
            } else {
                cell.setCellValue(value.toString());
            }
            widths[c] = Math.max(widths[c], shownLength(value, format, shown));
        }
        return this;
    }

    /** Sets the filter over the rows written and the columns' widths. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /** How many characters the cell shows in its format (an estimate close enough for a width). */
    static int shownLength(Object value, Format format, Map<Format, DecimalFormat> shown) {
        if (!(value instanceof Number n)) {
            return switch (format) {
                case DATE -> 10;
                case DATE_TIME -> 16;
                default -> value.toString().length();
            };
        }
        return switch (format) {
            case YEAR -> 4;
            case TEXT -> n.toString().length();
            default -> shown.computeIfAbsent(format, SheetWriter::pattern).format(n).length();
        };
    }

    /** What Excel shows for a format, near enough: the same digits, grouping and per cent. */
    private static DecimalFormat pattern(Format format) {
        return new DecimalFormat(format.pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
