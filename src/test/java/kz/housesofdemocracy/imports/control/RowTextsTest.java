package kz.housesofdemocracy.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.imports.entity.RowSummary;
import org.junit.jupiter.api.Test;

/** A row's words in the reader's language: field labels in reasons, summaries with their words. */
class RowTextsTest {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void aMissingOrTooLongFieldIsNamedByItsLabelNotItsKey() {
        assertEquals(
                "«Қазақша атауы» міндетті өрісі бос.",
                RowTexts.reason(KK, "import.refused.missing", List.of("name_kk")));
        assertEquals(
                "Обязательное поле «Наименование на казахском» пусто.",
                RowTexts.reason(RU, "import.refused.missing", List.of("name_kk")));
        assertEquals(
                "The field “Phone” is too long.",
                RowTexts.reason(EN, "import.refused.tooLong", List.of("phone")));
        for (Locale l : List.of(KK, RU, EN)) {
            assertFalse(
                    RowTexts.reason(l, "import.refused.missing", List.of("registered_on"))
                            .contains("registered_on"));
        }
    }

    @Test
    void otherReasonsKeepTheirArgumentsAsGiven() {
        assertEquals(
                "There is no region “name_kk”: give its code (e.g. KZ-71) or its name.",
                RowTexts.reason(EN, "import.refused.unknownRegion", List.of("name_kk")));
        assertEquals("", RowTexts.reason(EN, null, List.of()));
    }

    @Test
    void anNgoSummarySaysBinInEachLanguage() {
        String kept = NgoRowParse.summary(Map.of("bin", "150540001233", "name_kk", "Жастар"));
        assertEquals("БСН 150540001233 · Жастар", RowTexts.summary(KK, kept));
        assertEquals("БИН 150540001233 · Жастар", RowTexts.summary(RU, kept));
        assertEquals("BIN 150540001233 · Жастар", RowTexts.summary(EN, kept));
        assertEquals(
                "Жастар",
                RowTexts.summary(KK, NgoRowParse.summary(Map.of("name_kk", "Жастар"))),
                "without a BIN, the name alone");
    }

    @Test
    void plainSummariesAreDataAndPassUnchanged() {
        assertEquals("Зал / Hall", RowTexts.summary(RU, "Зал / Hall"));
        assertEquals("—", RowTexts.summary(RU, "—"));
        assertEquals("", RowTexts.summary(RU, null));
        assertEquals(
                "101 · БИН — · 2027-01-01",
                RowTexts.summary(
                        RU, RowSummary.worded("import.summary.lease", "101", "—", "2027-01-01")));
    }
}
