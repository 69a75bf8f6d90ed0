package kz.housesofdemocracy.reports.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One bar of a chart drawn with HTML and CSS (real text, so it never shrinks below the page's font
 * size): its label, its value, the value as the page writes it, and its length in per cent of the
 * longest bar.
 */
public record Bar(String label, BigDecimal value, String text, int length) implements Serializable {

    /** The longest bar, in per cent of the chart's track. */
    public static final int LONGEST = 100;

    /** Bars scaled to the largest value; {@code format} writes a value in the page's language. */
    public static List<Bar> of(
            List<String> labels, List<BigDecimal> values, Function<BigDecimal, String> format) {
        BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal value = values.get(i) == null ? BigDecimal.ZERO : values.get(i);
            int length =
                    max.signum() <= 0 || value.signum() <= 0
                            ? 0
                            : Math.max(
                                    1, // a value above nothing shows
                                    value.multiply(BigDecimal.valueOf(LONGEST))
                                            .divide(max, 0, RoundingMode.HALF_UP)
                                            .intValue());
            bars.add(new Bar(labels.get(i), value, format.apply(value), length));
        }
        return bars;
    }
}
