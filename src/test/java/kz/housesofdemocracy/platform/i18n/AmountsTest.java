package kz.housesofdemocracy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import kz.housesofdemocracy.platform.Money;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    /** Grouping uses a no-break space in Kazakh and Russian; compare with plain spaces. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void tengeInKazakhAndRussianAfterTheNumber() {
        assertEquals("1 234 567 ₸", plain(Amounts.money(Money.tenge(1_234_567), KK)));
        assertEquals("25 000 ₸", plain(Amounts.money(Money.tenge(25_000), RU)));
    }

    @Test
    void tengeInEnglishWithTheCodeFirst() {
        assertEquals("KZT 83,250", Amounts.money(Money.tenge(83_250), Locale.ENGLISH));
    }

    @Test
    void tiynOnlyWhenThereAreAny() {
        assertEquals("KZT 12.50", Amounts.money(new BigDecimal("12.5"), Locale.ENGLISH));
        assertEquals("12,50 ₸", plain(Amounts.money(new BigDecimal("12.50"), RU)));
        assertEquals("18,5", Amounts.number(new BigDecimal("18.50"), KK));
        assertEquals("24", Amounts.number(new BigDecimal("24.0"), Locale.ENGLISH));
    }

    @Test
    void nothingForNoAmount() {
        assertEquals("", Amounts.money((BigDecimal) null, KK));
    }
}
