package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A chart's bars, values and description in the page's language, without a server. */
class ChartTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @Test
    void barsAreScaledToTheLargestAndWrittenTheKazakhWay() {
        Chart chart =
                Chart.of(
                        "report.chart.subsidyByArea",
                        Chart.Kind.MONEY,
                        List.of("Білім", "Экология", "Спорт"),
                        List.of(new BigDecimal("13000"), new BigDecimal("6500"), BigDecimal.ZERO),
                        KAZAKH);
        assertEquals(List.of(100, 50, 0), chart.bars().stream().map(Bar::length).toList());
        assertTrue(
                chart.bars().get(0).text().matches("13[\u00a0\u202f]000,00\u00a0₸"),
                chart.bars().get(0).text());
        assertTrue(chart.description().contains("Білім"), chart.description());
        assertTrue(chart.description().contains("Спорт, 0,00\u00a0₸"), chart.description());
        assertTrue(chart.description().startsWith("Жолақты диаграмма"), chart.description());
    }

    @Test
    void aChartOfZerosSaysSoInsteadOfNamingAHighest() {
        Chart chart =
                Chart.of(
                        "report.chart.trend",
                        Chart.Kind.PERCENT,
                        List.of("Jan", "Feb"),
                        List.of(BigDecimal.ZERO, BigDecimal.ZERO),
                        Locale.ENGLISH);
        assertEquals(
                "Bar chart with 2 bars, each at 0%. The same figures are in the table below the"
                        + " chart.",
                chart.description());
        assertEquals(List.of(0, 0), chart.bars().stream().map(Bar::length).toList());
    }
}
