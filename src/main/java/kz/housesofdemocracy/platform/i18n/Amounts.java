package kz.housesofdemocracy.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import kz.housesofdemocracy.platform.Money;

/**
 * Numbers, tenge, areas and shares the way each language writes them: "13 000,00 ₸", "1 234,5",
 * "18,5 м²", "45,5 %" in Kazakh and Russian; "13,000.00 ₸", "1,234.5", "18.5 m²", "45.5%" in
 * English. The same for pages, e-mails and PDFs (exports for machines keep plain numbers).
 */
public final class Amounts {

    private Amounts() {}

    /** An amount of tenge, always with its two tiyn digits: "13 000,00 ₸". */
    public static String money(Number amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return Messages.get(locale, "money.kzt", format(amount, locale, 2, 2));
    }

    public static String money(Money money, Locale locale) {
        return money == null ? "" : money(money.amount(), locale);
    }

    /** A quantity: grouped, up to two decimals, none when it is whole ("152 558,5"). */
    public static String number(Number amount, Locale locale) {
        return amount == null ? "" : format(amount, locale, 0, 2);
    }

    /** A quantity with exactly so many decimals ("1 234,50" for two). */
    public static String decimal(Number amount, int digits, Locale locale) {
        return amount == null ? "" : format(amount, locale, digits, digits);
    }

    /** An area in square metres: "18,5 м²" (Cyrillic in Kazakh and Russian), "18.5 m²". */
    public static String area(Number squareMetres, Locale locale) {
        return squareMetres == null
                ? ""
                : Messages.get(locale, "unit.squareMetres", format(squareMetres, locale, 0, 2));
    }

    /** A share already in per cent (45.5 means 45.5 %), up to one decimal. */
    public static String percent(Number percent, Locale locale) {
        return percent == null
                ? ""
                : Messages.get(locale, "unit.percent", format(percent, locale, 0, 1));
    }

    private static String format(Number amount, Locale locale, int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Language.of(locale).locale());
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(decimal(amount));
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.toString());
    }
}
