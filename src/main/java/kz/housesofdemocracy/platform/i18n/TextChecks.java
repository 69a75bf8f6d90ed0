package kz.housesofdemocracy.platform.i18n;

import kz.housesofdemocracy.platform.InputCheck;

/**
 * Checks of a text typed in up to three languages (names, titles, addresses), and its audit form.
 */
public final class TextChecks {

    private TextChecks() {}

    /** A text in one to three languages, each at most maxLength characters. */
    public static LocalizedText texts(
            InputCheck check, String field, String kk, String ru, String en, int maxLength) {
        if (blank(kk) && blank(ru) && blank(en)) {
            check.problem(field + "_kk", "validation.texts.required");
            return null;
        }
        check.optionalText(field + "_kk", kk, maxLength)
                .optionalText(field + "_ru", ru, maxLength)
                .optionalText(field + "_en", en, maxLength);
        return new LocalizedText(kk, ru, en);
    }

    /** Like {@link #texts} but may be empty in all three languages. */
    public static LocalizedText optionalTexts(
            InputCheck check, String field, String kk, String ru, String en, int maxLength) {
        if (blank(kk) && blank(ru) && blank(en)) {
            return null;
        }
        return texts(check, field, kk, ru, en, maxLength);
    }

    /** A description of a localized text for the audit trail: "kk / ru / en". */
    public static String audit(LocalizedText text) {
        return text == null
                ? ""
                : text.exactly(Language.KK)
                        + " / "
                        + text.exactly(Language.RU)
                        + " / "
                        + text.exactly(Language.EN);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
