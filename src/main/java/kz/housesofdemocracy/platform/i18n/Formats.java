package kz.housesofdemocracy.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
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

    public String money(BigDecimal amount) {
        return Amounts.money(amount, language.getLocale());
    }

    public String number(BigDecimal amount) {
        return amount == null ? "" : Amounts.number(amount, language.getLocale());
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
}
