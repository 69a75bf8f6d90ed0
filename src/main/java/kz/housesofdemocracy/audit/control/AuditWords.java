package kz.housesofdemocracy.audit.control;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.housesofdemocracy.platform.i18n.Collation;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * The audit trail in words: it keeps an action's key ({@code filing.verified}) and people read
 * {@code audit.action.<key>} from the bundles; an object is read as {@code audit.object.<type>}
 * ("Booking #12"). A key without a text (a line older than its words) is shown as it is.
 */
public final class AuditWords {

    public static final String ACTION = "audit.action.";
    public static final String OBJECT = "audit.object.";

    private AuditWords() {}

    /** Every action that has words, in the alphabetical order of the words in the locale. */
    public static List<String> actions(Locale locale) {
        ResourceBundle words = Messages.bundle(Language.EN.locale());
        return words.keySet().stream()
                .filter(k -> k.startsWith(ACTION))
                .map(k -> k.substring(ACTION.length()))
                .sorted(
                        java.util.Comparator.comparing(
                                (String key) -> action(locale, key), Collation.of(locale)))
                .toList();
    }

    public static String action(Locale locale, String key) {
        if (key == null) {
            return "";
        }
        ResourceBundle words = Messages.bundle(locale);
        return words.containsKey(ACTION + key) ? words.getString(ACTION + key) : key;
    }

    /** "Booking #12", or the type and id as kept when the type has no words. */
    public static String object(Locale locale, String type, String id) {
        if (type == null) {
            return id == null ? "" : id;
        }
        ResourceBundle words = Messages.bundle(locale);
        if (!words.containsKey(OBJECT + type)) {
            return type + (id == null ? "" : " " + id);
        }
        String name = words.getString(OBJECT + type);
        return id == null ? name : name + " #" + id;
    }
}
