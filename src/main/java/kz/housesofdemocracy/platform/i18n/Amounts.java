package kz.housesofdemocracy.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import kz.housesofdemocracy.platform.Money;

/**
 * Formats tenge and other amounts the way each language writes them: "1 234 567 ₸" in Kazakh and
 * Russian, "KZT 1,234,567" in English. Tiyn are shown only when there are any.
 */
public final class Amounts {

    private Amounts() {}

    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return Messages.get(
                locale, "money.kzt", format(amount, locale, whole ? 0 : 2, whole ? 0 : 2));
    }

    public static String money(Money money, Locale locale) {
        return money == null ? "" : money(money.amount(), locale);
    }

    /** A quantity such as an area: up to two decimals, none when it is whole. */
    public static String number(BigDecimal amount, Locale locale) {
        return format(amount, locale, 0, 2);
    }

    private static String format(
            BigDecimal amount, Locale locale, int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Language.of(locale).locale());
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(amount);
    }
}
