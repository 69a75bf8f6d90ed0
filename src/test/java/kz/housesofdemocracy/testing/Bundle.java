package kz.housesofdemocracy.testing;

import java.util.Locale;
import java.util.ResourceBundle;

/** What a person should read, taken from the application's own bundles. */
public final class Bundle {

    private Bundle() {}

    public static String text(String language, String key) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language))
                .getString(key);
    }
}
