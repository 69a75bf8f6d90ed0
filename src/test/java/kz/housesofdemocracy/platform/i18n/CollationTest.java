package kz.housesofdemocracy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Alphabetical order as readers of Kazakh, Russian and English expect it. */
class CollationTest {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static final String KAZAKH_ALPHABET =
            "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я";

    @Test
    void theKazakhAlphabetInItsOwnOrder() {
        List<String> letters = Arrays.asList(KAZAKH_ALPHABET.split(" "));
        List<String> shuffled = new java.util.ArrayList<>(letters);
        Collections.shuffle(shuffled, new Random(17));
        shuffled.sort(Collation.of(KK));
        assertEquals(letters, shuffled);
    }

    @Test
    void kazakhRegionsInKazakhOrder() {
        List<String> regions =
                List.of(
                        "Шымкент қаласы",
                        "Ұлытау облысы",
                        "Атырау облысы",
                        "Қостанай облысы",
                        "Ақмола облысы",
                        "Абай облысы",
                        "Түркістан облысы",
                        "Алматы қаласы",
                        "Жетісу облысы",
                        "Қарағанды облысы",
                        "Астана қаласы",
                        "Батыс Қазақстан облысы",
                        "Павлодар облысы",
                        "Маңғыстау облысы");
        assertEquals(
                List.of(
                        "Абай облысы",
                        "Ақмола облысы",
                        "Алматы қаласы",
                        "Астана қаласы",
                        "Атырау облысы",
                        "Батыс Қазақстан облысы",
                        "Жетісу облысы",
                        "Қарағанды облысы",
                        "Қостанай облысы",
                        "Маңғыстау облысы",
                        "Павлодар облысы",
                        "Түркістан облысы",
                        "Ұлытау облысы",
                        "Шымкент қаласы"),
                regions.stream().sorted(Collation.of(KK)).toList());
    }

    @Test
    void russianKeepsItsOwnOrderForTheSameLetters() {
        // Russian has no Ұ or Ү of its own: ICU's root order puts Ү before Ұ, Kazakh the reverse.
        assertEquals(
                List.of("Үйрек", "Ұлытау"),
                List.of("Ұлытау", "Үйрек").stream().sorted(Collation.of(RU)).toList());
        assertEquals(
                List.of("Ұлытау", "Үйрек"),
                List.of("Үйрек", "Ұлытау").stream().sorted(Collation.of(KK)).toList());
    }

    @Test
    void localizedTextsAreSortedByTheirNameInTheReadersLanguage() {
        LocalizedText atyrau = new LocalizedText("Атырау облысы", "Атырауская область", "Atyrau");
        LocalizedText akmola = new LocalizedText("Ақмола облысы", "Акмолинская область", "Akmola");
        LocalizedText abai = new LocalizedText("Абай облысы", "Абайская область", "Abai");
        List<LocalizedText> names = List.of(atyrau, akmola, abai);
        assertEquals(List.of(abai, akmola, atyrau), Collation.sorted(names, KK, t -> t));
        assertEquals(
                List.of(abai, akmola, atyrau), Collation.sorted(names, Locale.ENGLISH, t -> t));
        // A text missing in a language is read in the first language that has it.
        LocalizedText onlyKazakh = new LocalizedText("Ұлытау облысы", null, null);
        assertEquals(
                List.of(abai, akmola, atyrau, onlyKazakh),
                Collation.sorted(List.of(onlyKazakh, atyrau, abai, akmola), RU, t -> t));
    }

    @Test
    void capitalsAndSmallLettersSortTogether() {
        assertEquals(
                List.of("әділет", "Әлем", "бақ"),
                List.of("бақ", "Әлем", "әділет").stream().sorted(Collation.of(KK)).toList());
    }
}
