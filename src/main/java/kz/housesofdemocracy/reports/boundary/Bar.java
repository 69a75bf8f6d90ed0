package kz.housesofdemocracy.reports.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One bar of a chart drawn as SVG: its label, its value and its length in the drawing. */
public record Bar(String label, BigDecimal value, int length, String link) implements Serializable {

    /** The longest bar, in the SVG's units. */
    public static final int LONGEST = 330;

    /** Bars scaled to the largest value. */
    public static List<Bar> of(List<String> labels, List<BigDecimal> values, List<String> links) {
        BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int length =
                    max.signum() == 0
                            ? 0
                            : values.get(i)
                                    .multiply(BigDecimal.valueOf(LONGEST))
                                    .divide(max, 0, java.math.RoundingMode.HALF_UP)
                                    .intValue();
            bars.add(
                    new Bar(
                            labels.get(i),
                            values.get(i),
                            length,
                            links == null ? null : links.get(i)));
        }
        return bars;
    }
}
