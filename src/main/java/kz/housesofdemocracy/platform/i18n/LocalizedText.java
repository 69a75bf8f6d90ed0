package kz.housesofdemocracy.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text that people read, kept in Kazakh, Russian and English. Names of regions, Houses and rooms
 * are data, so they live here rather than in a bundle; each entity maps the three columns.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "kk")
    private String kk;

    @Column(name = "ru")
    private String ru;

    @Column(name = "en")
    private String en;

    protected LocalizedText() {}

    /** A text written in each of our languages by the same rule, e.g. from the bundles. */
    public static LocalizedText of(java.util.function.Function<Locale, String> text) {
        return new LocalizedText(
                text.apply(Language.KK.locale()),
                text.apply(Language.RU.locale()),
                text.apply(Language.EN.locale()));
    }

    public LocalizedText(String kk, String ru, String en) {
        if (isBlank(kk) && isBlank(ru) && isBlank(en)) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        this.kk = blankToNull(kk);
        this.ru = blankToNull(ru);
        this.en = blankToNull(en);
    }

    // Getters so that JSON payloads carry the three texts as {"en": …, "kk": …, "ru": …}.
    public String getKk() {
        return kk;
    }

    public String getRu() {
        return ru;
    }

    public String getEn() {
        return en;
    }

    /** The text in the language of the locale, else in the first language that has it. */
    public String in(Locale locale) {
        String wanted = exactly(Language.of(locale));
        return wanted != null ? wanted : firstPresent();
    }

    /** The text in exactly this language, or null when it was not given. */
    public String exactly(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    private String firstPresent() {
        for (Language language : Language.values()) {
            String text = exactly(language);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("empty text");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && Objects.equals(kk, other.kk)
                && Objects.equals(ru, other.ru)
                && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kk, ru, en);
    }

    @Override
    public String toString() {
        return firstPresent();
    }
}
