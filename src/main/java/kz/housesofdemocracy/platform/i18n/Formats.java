package kz.housesofdemocracy.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language.getLocale())
                        .format(date);
    }
}
