package kz.housesofdemocracy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import kz.housesofdemocracy.platform.Money;
import org.junit.jupiter.api.Test;

/** Numbers, money, areas and shares as each of our languages writes them. */
class AmountsTest {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    /** Grouping uses a no-break space in Kazakh and Russian; compare with plain spaces. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void tengeAlwaysWithTiynAndTheSignAfterTheNumber() {
        assertEquals("13 000,00 ₸", plain(Amounts.money(Money.tenge(13_000), KK)));
        assertEquals("1 234 567,00 ₸", plain(Amounts.money(Money.tenge(1_234_567), RU)));
        assertEquals("13,000.00 ₸", plain(Amounts.money(Money.tenge(13_000), EN)));
        assertEquals("12,50 ₸", plain(Amounts.money(new BigDecimal("12.5"), RU)));
        assertEquals("83,250.00 ₸", plain(Amounts.money(83_250L, EN)));
    }

    @Test
    void theSignNeverWrapsAwayFromTheNumber() {
        assertEquals("25\u00a0000,00\u00a0₸", Amounts.money(25_000, KK));
    }

    @Test
    void quantitiesAreGroupedWithUpToTwoDecimals() {
        assertEquals("152 558,5", plain(Amounts.number(new BigDecimal("152558.50"), KK)));
        assertEquals("152,558.5", Amounts.number(152_558.5, EN));
        assertEquals("1 234", plain(Amounts.number(1234, RU)));
        assertEquals("24", Amounts.number(new BigDecimal("24.0"), EN));
        assertEquals("1 234,50", plain(Amounts.decimal(new BigDecimal("1234.5"), 2, KK)));
        assertEquals("0.3", Amounts.decimal(new BigDecimal("0.25"), 1, EN));
    }

    @Test
    void areasInSquareMetresInEachAlphabet() {
        assertEquals("18,5 м²", plain(Amounts.area(new BigDecimal("18.5"), KK)));
        assertEquals("18,5 м²", plain(Amounts.area(new BigDecimal("18.50"), RU)));
        assertEquals("18.5 m²", plain(Amounts.area(new BigDecimal("18.5"), EN)));
    }

    @Test
    void sharesInPerCent() {
        assertEquals("45,5 %", plain(Amounts.percent(new BigDecimal("45.5"), KK)));
        assertEquals("7 %", plain(Amounts.percent(7, RU)));
        assertEquals("45.5%", Amounts.percent(new BigDecimal("45.50"), EN));
    }

    @Test
    void nothingForNoAmount() {
        assertEquals("", Amounts.money((BigDecimal) null, KK));
        assertEquals("", Amounts.number(null, KK));
        assertEquals("", Amounts.area(null, RU));
        assertEquals("", Amounts.percent(null, EN));
    }
}
