package kz.housesofdemocracy.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import kz.housesofdemocracy.platform.Clocks;

/** Numbers, money and dates in the page's language, for views: {@code #{formats.money(x)}}. */
@Named
@RequestScoped
public class Formats {

    @Inject private CurrentLanguage language;

    /** Tenge with two decimals: "13 000,00 ₸" in Kazakh and Russian, "13,000.00 ₸" in English. */
    public String money(Number amount) {
        return Amounts.money(amount, language.getLocale());
    }

    /** A quantity, grouped, up to two decimals: "152 558,5" / "152,558.5". */
    public String number(Number amount) {
        return Amounts.number(amount, language.getLocale());
    }

    /** A quantity with exactly so many decimals. */
    public String decimal(Number amount, int digits) {
        return Amounts.decimal(amount, digits, language.getLocale());
    }

    /** Square metres: "18,5 м²" in Kazakh and Russian, "18.5 m²" in English. */
    public String area(Number squareMetres) {
        return Amounts.area(squareMetres, language.getLocale());
    }

    /** A value already in per cent: "45,5 %" / "45.5%". */
    public String percent(Number percent) {
        return Amounts.percent(percent, language.getLocale());
    }

    /** A moment in Kazakhstan's time (UTC+5), e.g. "2026-11-29 14:05". */
    public String instant(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(at.atZone(Clocks.KAZAKHSTAN));
    }

    /** A bundle message with arguments, for texts whose key is data (rule results). */
    public String message(String key, java.util.List<Object> arguments) {
        return Messages.get(
                language.getLocale(), key, arguments == null ? new Object[0] : arguments.toArray());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language.getLocale())
                        .format(date);
    }

    /**
     * A month and its year written out: "қаңтар 2027", "январь 2027", "January 2027". Russian needs
     * the stand-alone form (L), else it would read "января"; Kazakh's is the same word.
     */
    public String month(java.time.YearMonth month) {
        if (month == null) {
            return "";
        }
        java.util.Locale locale = language.getLocale();
        String pattern = "ru".equals(locale.getLanguage()) ? "LLLL y" : "MMMM y";
        return DateTimeFormatter.ofPattern(pattern, locale).format(month);
    }
}
