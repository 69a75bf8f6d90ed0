package kz.housesofdemocracy.reports.control;

import java.util.Locale;
import java.util.Set;

/**
 * Names a spreadsheet program accepts for a sheet: none of {@code [ ] : * ? / \}, no apostrophe at
 * either end, not blank, at most 31 characters (Excel's limit, in UTF-16 units, which Kazakh and
 * Russian names reach quickly), not {@code History} (Excel's own), and unique in the workbook
 * regardless of case (a second "Rooms" becomes "Rooms (2)").
 */
public final class SheetNames {

    static final int MAX = 31;
    private static final String FORBIDDEN = "[]:*?/\\";

    private SheetNames() {}

    /** A safe name for {@code wanted}, not among {@code taken} (lower-cased), which it joins. */
    public static String unique(String wanted, Set<String> taken) {
        String base = safe(wanted);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()).stripTrailing() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** {@code wanted} with forbidden characters as spaces, trimmed and cut to 31 characters. */
    public static String safe(String wanted) {
        StringBuilder name = new StringBuilder();
        String text = wanted == null ? "" : wanted;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            name.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        String clean = strip(name.toString().replaceAll("\\s+", " "));
        clean = strip(cut(clean, MAX));
        if (clean.isEmpty() || clean.equalsIgnoreCase("History")) {
            return clean.isEmpty() ? "-" : clean + " -";
        }
        return clean;
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** Without spaces or apostrophes at either end (Excel refuses a name starting or ending so). */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '\'' || Character.isWhitespace(s.charAt(from)))) {
            from++;
        }
        while (to > from
                && (s.charAt(to - 1) == '\'' || Character.isWhitespace(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }
}
