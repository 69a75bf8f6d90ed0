package kz.housesofdemocracy.reports.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Amounts;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * A bar chart for a report page: its title (the accessible name), a description in words for those
 * who cannot see it (how many bars, the highest and the lowest), and its bars. The same figures are
 * in the table the page puts below the chart.
 */
public record Chart(String title, String description, List<Bar> bars) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a chart's values are written. */
    public enum Kind {
        PERCENT,
        MONEY;

        String format(BigDecimal value, Locale locale) {
            return this == PERCENT ? Amounts.percent(value, locale) : Amounts.money(value, locale);
        }
    }

    /** A chart titled by a bundle key, its labels and values in the same order. */
    public static Chart of(
            String titleKey,
            Kind kind,
            List<String> labels,
            List<BigDecimal> values,
            Locale locale) {
        List<Bar> bars = Bar.of(labels, values, v -> kind.format(v, locale));
        return new Chart(Messages.get(locale, titleKey), describe(bars, locale), bars);
    }

    private static String describe(List<Bar> bars, Locale locale) {
        if (bars.isEmpty()) {
            return "";
        }
        Comparator<Bar> byValue = Comparator.comparing(Bar::value);
        Bar highest = bars.stream().max(byValue).orElseThrow();
        Bar lowest = bars.stream().min(byValue).orElseThrow();
        if (highest.value().compareTo(lowest.value()) == 0) {
            return Messages.get(locale, "report.chart.describeEqual", bars.size(), highest.text());
        }
        return Messages.get(
                locale,
                "report.chart.describe",
                bars.size(),
                highest.label(),
                highest.text(),
                lowest.label(),
                lowest.text());
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
