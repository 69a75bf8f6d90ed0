package kz.housesofdemocracy.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's words outside Faces views (REST problem bodies, e-mails, exports), read from the
 * same bundle the views use: {@code i18n/messages_kk|ru|en.properties}.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {}

    /** A message used as an argument of another, given in the reader's language too. */
    public record Localizable(String key, Object[] arguments) implements java.io.Serializable {}

    public static Localizable localizable(String key, Object... arguments) {
        return new Localizable(key, arguments);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale());
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            // Texts that are data (a holiday's name) are given in the reader's language.
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof LocalizedText text) {
                    arguments = arguments.clone();
                    arguments[i] = text.in(locale);
                } else if (arguments[i] instanceof Localizable message) {
                    arguments = arguments.clone();
                    arguments[i] = get(locale, message.key(), message.arguments());
                }
            }
            return arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, Language.of(locale).locale()).format(arguments);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("no text for key " + key, missing);
        }
    }
}
