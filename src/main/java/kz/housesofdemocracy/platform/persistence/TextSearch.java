package kz.housesofdemocracy.platform.persistence;

import java.util.Locale;

/** What every list's "name contains" filter does with the text a person typed. */
public final class TextSearch {

    private TextSearch() {}

    /**
     * A LIKE pattern that finds the typed text anywhere, compared in lower case: its own wildcards
     * ({@code %}, {@code _}) and escape character taken out, so typed text never becomes a pattern.
     */
    public static String contains(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
