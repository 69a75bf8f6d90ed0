package kz.housesofdemocracy.platform.files;

/**
 * The one rule for text that a spreadsheet program will open (OWASP's CSV injection rule): a cell
 * whose text begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be read as a formula (a room named {@code =HYPERLINK(…)} becomes a live link), so it is
 * written with a single quote in front, which spreadsheets show as text. Numbers we write as
 * numbers (a report's figures) are not text and stay numbers; everything else goes through here.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as a spreadsheet must receive it: with {@code '} before a formula's first sign. */
    public static String neutral(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean startsFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r';
    }

    /** A CSV text field: neutralised, then quoted, its quotes doubled (RFC 4180). */
    public static String csvText(String text) {
        String safe = text == null ? "" : neutral(text);
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
