package kz.housesofdemocracy.imports.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.RowSummary;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * The words of a checked row in a reader's language, the same on the page, in REST and in the
 * workbook of refused rows: its reason ({@code import.refused.*}, a field named by its label, not
 * its key), its summary ({@code import.summary.*} or plain data), and a field's label.
 */
public final class RowTexts {

    /** Reasons whose first argument is a field's key, shown as the field's translated label. */
    private static final Set<String> NAMING_A_FIELD =
            Set.of("import.refused.missing", "import.refused.tooLong");

    private RowTexts() {}

    /** A row's reason with its arguments, or "" when it has none. */
    public static String reason(Locale locale, String key, List<String> args) {
        if (key == null || key.isBlank()) {
            return "";
        }
        Object[] arguments = args == null ? new Object[0] : args.toArray(new Object[0]);
        if (NAMING_A_FIELD.contains(key) && arguments.length > 0) {
            arguments[0] = field(locale, String.valueOf(arguments[0]));
        }
        return Messages.get(locale, key, arguments);
    }

    /** A row's kept summary as the reader reads it ("" when there is none). */
    public static String summary(Locale locale, String kept) {
        if (kept == null) {
            return "";
        }
        return RowSummary.words(kept)
                .map(w -> Messages.get(locale, w.key(), w.args().toArray()))
                .orElse(kept);
    }

    /**
     * A field's label, {@code import.field.<key>}. A kind whose labels are missing from the bundles
     * shows the key rather than failing the page (the bundle test names the gap).
     */
    public static String field(Locale locale, String key) {
        String bundleKey = "import.field." + key;
        return Messages.bundle(locale).containsKey(bundleKey)
                ? Messages.get(locale, bundleKey)
                : key;
    }
}
