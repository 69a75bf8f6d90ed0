package kz.housesofdemocracy.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three languages the product speaks. Kazakh first: it is the default when nothing matches. */
public enum Language {
    KK,
    RU,
    EN;

    private static final List<Locale> SUPPORTED =
            List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

    public static final Language DEFAULT = KK;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return SUPPORTED.get(ordinal());
    }

    /** The language of a locale, or the default when it is not one of ours. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.getLanguage()).orElse(DEFAULT);
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * Picks our language from an HTTP Accept-Language header, honouring its weights; Kazakh when
     * the header is absent, malformed or names none of ours.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, SUPPORTED);
            return match == null ? DEFAULT : of(match);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
