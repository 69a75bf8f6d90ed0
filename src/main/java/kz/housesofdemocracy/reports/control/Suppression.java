package kz.housesofdemocracy.reports.control;

import static kz.housesofdemocracy.reports.control.OccupancyReport.FEWER_THAN_3;
import static kz.housesofdemocracy.reports.control.OccupancyReport.FEWEST_NGOS;
import static kz.housesofdemocracy.reports.control.OccupancyReport.SECONDARY;
import static kz.housesofdemocracy.reports.control.OccupancyReport.SUPPRESSED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;

/**
 * Small-cell suppression of a breakdown of NGO money, as statistical offices publish: a group of
 * fewer than {@link OccupancyReport#FEWEST_NGOS} NGOs would point at an NGO to anyone who knows the
 * region, so its figures are withheld (primary suppression).
 *
 * <p>The breakdown then ends with a line summing the suppressed groups, so that its lines still add
 * up to its total. That line alone would give away a single suppressed group, and two small groups
 * (1 + 1 NGOs, or the same NGO in two areas: groups overlap) would still describe fewer than three
 * NGOs: so the smallest group of three or more NGOs (fewest NGOs, then least subsidy, then key) is
 * always suppressed with them (secondary suppression), and the line describes at least three NGOs.
 * Should no group have three or more, every group is suppressed and the line's figures too.
 */
public final class Suppression {

    private static final Comparator<Money> SMALLEST =
            Comparator.comparing(Money::ngos)
                    .thenComparing(Money::subsidy)
                    .thenComparing(Money::bookedMinutes)
                    .thenComparing(Money::key);

    private Suppression() {}

    /** The breakdown as the public reads it; as it is when no group is small or it was done. */
    public static List<Money> apply(List<Money> groups) {
        if (groups == null
                || groups.stream().anyMatch(g -> g.suppressed() || g.sumsSuppressed())
                || groups.stream().noneMatch(Suppression::small)) {
            return groups;
        }
        Set<String> primary = new HashSet<>();
        groups.stream().filter(Suppression::small).forEach(g -> primary.add(g.key()));
        Optional<Money> secondary = groups.stream().filter(g -> !small(g)).min(SMALLEST);
        List<Money> shown = new ArrayList<>();
        long ngos = 0;
        long minutes = 0;
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal payments = BigDecimal.ZERO;
        BigDecimal subsidy = BigDecimal.ZERO;
        for (Money g : groups) {
            boolean isPrimary = primary.contains(g.key());
            boolean isSecondary = secondary.isPresent() && secondary.get() == g;
            if (!isPrimary && !isSecondary) {
                shown.add(g);
                continue;
            }
            shown.add(g.withheld(isPrimary ? FEWER_THAN_3 : SECONDARY));
            ngos += g.ngos();
            minutes += g.bookedMinutes();
            market = market.add(g.marketValue());
            payments = payments.add(g.payments());
            subsidy = subsidy.add(g.subsidy());
        }
        Money line =
                new Money(
                        SUPPRESSED,
                        ReportLabels.label("report.suppressedLine"),
                        ngos,
                        minutes,
                        market,
                        payments,
                        subsidy);
        shown.add(secondary.isPresent() ? line : line.withheld(FEWER_THAN_3));
        return List.copyOf(shown);
    }

    private static boolean small(Money g) {
        return g.ngos() != null && g.ngos() < FEWEST_NGOS;
    }
}
