package kz.housesofdemocracy.imports.boundary;

import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Messages;

/** The words of the import page that come from data: field labels and refusal reasons. */
final class ImportPageTexts {

    private ImportPageTexts() {}

    /** A row's reason ({@code import.refused.*} with its arguments), or nothing. */
    static String reason(Locale locale, ImportRowView row) {
        if (row.reasonKey() == null || row.reasonKey().isBlank()) {
            return "";
        }
        Object[] arguments = row.reasonArgs() == null ? new Object[0] : row.reasonArgs().toArray();
        return Messages.get(locale, row.reasonKey(), arguments);
    }

    /**
     * A field's label, {@code import.field.<key>}. A kind whose labels are missing from the bundles
     * shows the key rather than failing the page (the bundle test names the gap).
     */
    static String field(Locale locale, String key) {
        String bundleKey = "import.field." + key;
        return Messages.bundle(locale).containsKey(bundleKey)
                ? Messages.get(locale, bundleKey)
                : key;
    }
}
