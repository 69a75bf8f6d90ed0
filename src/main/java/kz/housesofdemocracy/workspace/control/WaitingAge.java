package kz.housesofdemocracy.workspace.control;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * How long something has waited, in words: minutes under an hour, hours under a day, then days. The
 * word's form follows the language's plural rules (ICU's: "1 день", "3 дня", "5 дней"), with one
 * bundle text per form ({@code inbox.age.days.few}) and "other" where a language has no more.
 */
public final class WaitingAge {

    private static final long HOUR = 60;
    private static final long DAY = 24 * HOUR;

    private WaitingAge() {}

    public static String words(long minutes, Locale locale) {
        String unit;
        long amount;
        if (minutes < HOUR) {
            unit = "minutes";
            amount = minutes;
        } else if (minutes < DAY) {
            unit = "hours";
            amount = minutes / HOUR;
        } else {
            unit = "days";
            amount = minutes / DAY;
        }
        String form = PluralRules.forLocale(ULocale.forLocale(locale)).select(amount);
        try {
            return Messages.get(locale, "inbox.age." + unit + "." + form, amount);
        } catch (IllegalArgumentException noSuchForm) {
            if (!(noSuchForm.getCause() instanceof MissingResourceException)) {
                throw noSuchForm;
            }
            return Messages.get(locale, "inbox.age." + unit + ".other", amount);
        }
    }
}
