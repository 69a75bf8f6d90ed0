package kz.housesofdemocracy.platform.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Alphabetical order as a reader of each language expects it, by ICU's rules: in Kazakh Ә after А,
 * Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х, І after Ы (the JDK's
 * Collator knows no Kazakh and sorts those letters by code point, after Я).
 */
public final class Collation {

    private static final Map<Language, Collator> COLLATORS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
            // Case and accents decide only between otherwise equal names.
            collator.setStrength(Collator.TERTIARY);
            COLLATORS.put(language, collator.freeze()); // frozen: safe to share between threads
        }
    }

    private Collation() {}

    /** Compares texts by the alphabet of the locale's language (Kazakh when not one of ours). */
    public static Comparator<String> of(Locale locale) {
        Collator collator = COLLATORS.get(Language.of(locale));
        return Comparator.nullsLast(collator::compare);
    }

    /** Compares things by a name kept in three languages, read in the locale's language. */
    public static <T> Comparator<T> byText(Locale locale, Function<T, LocalizedText> name) {
        return Comparator.comparing(
                (T item) -> {
                    LocalizedText text = name.apply(item);
                    return text == null ? null : text.in(locale);
                },
                of(locale));
    }

    /** A new list of the items in the alphabetical order of their names in the locale. */
    public static <T> List<T> sorted(
            Collection<T> items, Locale locale, Function<T, LocalizedText> name) {
        return items.stream().sorted(byText(locale, name)).toList();
    }
}
