package kz.housesofdemocracy.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;
import org.junit.jupiter.api.Test;

/** The small-cell rule: primary and secondary suppression, and lines that still add up. */
class SuppressionTest {

    private static Money group(String key, long ngos, long minutes, long subsidy) {
        return new Money(
                key,
                new LocalizedText(key, key, key),
                ngos,
                minutes,
                BigDecimal.valueOf(subsidy * 2),
                BigDecimal.valueOf(subsidy / 10),
                BigDecimal.valueOf(subsidy));
    }

    private static Money line(List<Money> groups) {
        Money last = groups.get(groups.size() - 1);
        assertEquals(OccupancyReport.SUPPRESSED, last.key());
        assertTrue(last.sumsSuppressed());
        return last;
    }

    private static Money byKey(List<Money> groups, String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    /** The shown groups and the suppressed line add up to what the groups added up to. */
    private static void addsUp(List<Money> full, List<Money> suppressed) {
        List<Money> figures = suppressed.stream().filter(g -> !g.suppressed()).toList();
        assertEquals(
                full.stream().mapToLong(Money::ngos).sum(),
                figures.stream().mapToLong(Money::ngos).sum());
        assertEquals(
                full.stream().mapToLong(Money::bookedMinutes).sum(),
                figures.stream().mapToLong(Money::bookedMinutes).sum());
        for (java.util.function.Function<Money, BigDecimal> money :
                List.<java.util.function.Function<Money, BigDecimal>>of(
                        Money::marketValue, Money::payments, Money::subsidy)) {
            assertEquals(
                    full.stream().map(money).reduce(BigDecimal.ZERO, BigDecimal::add),
                    figures.stream().map(money).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void groupsOfFewerThanThreeAndTheSmallestOtherAreSuppressedAndALineSumsThem() {
        List<Money> full =
                List.of(
                        group("civic", 3, 600, 40_000),
                        group("culture", 5, 900, 70_000),
                        group("hobby", 1, 180, 13_000),
                        group("professional", 2, 240, 20_000),
                        group("sport", 3, 300, 30_000));
        List<Money> shown = Suppression.apply(full);

        assertEquals(6, shown.size(), "the five groups, in their order, and the line");
        assertEquals(
                List.of("civic", "culture", "hobby", "professional", "sport", "suppressed"),
                shown.stream().map(Money::key).toList());
        for (String small : List.of("hobby", "professional")) {
            Money g = byKey(shown, small);
            assertTrue(g.suppressed(), small);
            assertEquals(OccupancyReport.FEWER_THAN_3, g.suppression());
            assertNull(g.ngos());
            assertNull(g.bookedMinutes());
            assertNull(g.marketValue());
            assertNull(g.payments());
            assertNull(g.subsidy());
            assertEquals(small, g.label().getEn(), "the group's name stays");
        }
        // Secondary: of the two groups of 3 NGOs, the one with less subsidy (sport).
        Money sport = byKey(shown, "sport");
        assertTrue(sport.suppressed());
        assertEquals(OccupancyReport.SECONDARY, sport.suppression());
        assertNull(sport.subsidy());
        assertEquals(byKey(full, "civic"), byKey(shown, "civic"));
        assertEquals(byKey(full, "culture"), byKey(shown, "culture"));

        Money line = line(shown);
        assertFalse(line.suppressed());
        assertNull(line.suppression());
        assertEquals(6, line.ngos());
        assertEquals(720, line.bookedMinutes());
        assertEquals(BigDecimal.valueOf(63_000), line.subsidy());
        assertEquals("Suppressed groups together", line.label().in(Locale.ENGLISH));
        addsUp(full, shown);
    }

    @Test
    void aSingleSmallGroupIsNeverLeftAloneInTheLine() {
        // Youth-led: 1 NGO. Suppressing it alone would make the line its figures; the other goes
        // with it, and the line is the breakdown's total.
        List<Money> full =
                List.of(
                        group("not-youth-led", 7, 3000, 250_000),
                        group("youth-led", 1, 180, 13_000));
        List<Money> shown = Suppression.apply(full);
        assertEquals(OccupancyReport.SECONDARY, byKey(shown, "not-youth-led").suppression());
        assertEquals(OccupancyReport.FEWER_THAN_3, byKey(shown, "youth-led").suppression());
        assertEquals(BigDecimal.valueOf(263_000), line(shown).subsidy());
        assertEquals(8, line(shown).ngos());
        addsUp(full, shown);
    }

    @Test
    void withNoGroupOfThreeTheLineIsSuppressedToo() {
        List<Money> shown =
                Suppression.apply(List.of(group("kk", 1, 60, 5_000), group("ru", 2, 120, 9_000)));
        assertTrue(shown.stream().allMatch(Money::suppressed));
        assertEquals(3, shown.size());
        assertEquals(OccupancyReport.FEWER_THAN_3, line(shown).suppression());
        assertNull(line(shown).subsidy());
    }

    @Test
    void aBreakdownWithoutSmallGroupsOrAlreadySuppressedStaysAsItIs() {
        List<Money> big = List.of(group("civic", 3, 600, 40_000), group("sport", 4, 300, 30_000));
        assertSame(big, Suppression.apply(big));
        assertEquals(List.of(), Suppression.apply(List.of()));
        List<Money> once =
                Suppression.apply(List.of(group("civic", 3, 600, 40_000), group("x", 1, 6, 7)));
        assertSame(once, Suppression.apply(once), "applied once only");
    }

    @Test
    void thePublicReportSuppressesEveryBreakdownAndKeepsPlacesAndCounts() {
        LocalizedText name = new LocalizedText("a", "a", "a");
        NgoCount region = new NgoCount("KZ-71", name, 1, 1, 1, 1);
        NgoCount nation = new NgoCount(null, name, 9, 8, 7, 6);
        List<Money> small = List.of(group("youth-led", 1, 180, 13_000));
        OccupancyReport report =
                new OccupancyReport(
                        2026,
                        null,
                        null,
                        Instant.EPOCH,
                        List.of(),
                        List.of(group("ngo-1", 1, 180, 13_000)),
                        small,
                        small,
                        small,
                        small,
                        small,
                        List.of(region, nation));
        assertEquals(List.of(region), report.ngoCounts(), "the nation is apart");
        assertEquals(nation, report.ngoNation());

        OccupancyReport open = report.forThePublic();
        assertEquals(List.of(), open.byNgo());
        for (List<Money> breakdown :
                List.of(
                        open.byArea(),
                        open.byRegion(),
                        open.byLanguage(),
                        open.byYouth(),
                        open.byFunding())) {
            assertTrue(breakdown.get(0).suppressed());
            assertTrue(line(breakdown).suppressed());
        }
        assertEquals(List.of(region), open.ngoCounts(), "counts are not money: they stay");
        assertEquals(nation, open.ngoNation());
        assertEquals(small, report.byYouth(), "the report itself is not changed");
    }
}
