package kz.housesofdemocracy.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.housesofdemocracy.demo.CountryPlan.Filing;
import kz.housesofdemocracy.demo.CountryPlan.Ngo;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;

/**
 * On which days each NGO is eligible, by the product's own rule ({@link Eligibility}), with the
 * filings verified by the end of that day: from two months before 1 January (bookings are requested
 * ahead) to the last day bookings reach.
 */
final class CountryEligibleDays {

    private final LocalDate first;
    private final Map<Long, boolean[]> days = new HashMap<>();

    CountryEligibleDays(CountryPlan.Input input, List<Ngo> ngos, List<Filing> filings) {
        this.first = CountryPlan.firstDay(input).minusMonths(2);
        int length = (int) (CountryPlan.lastDay(input).toEpochDay() - first.toEpochDay()) + 1;
        Map<Long, List<Filing>> byNgo = new HashMap<>();
        for (Filing f : filings) {
            byNgo.computeIfAbsent(f.ngoId(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (Ngo ngo : ngos) {
            boolean significant =
                    ngo.areas().stream()
                            .anyMatch(
                                    a ->
                                            CountryNgos.AREAS.indexOf(a)
                                                    < CountryNgos.SIGNIFICANT_AREAS);
            boolean[] eligible = new boolean[length];
            List<Filing> own = byNgo.getOrDefault(ngo.id(), List.of());
            String lastKey = null;
            boolean last = false;
            for (int d = 0; d < length; d++) {
                LocalDate day = first.plusDays(d);
                Set<Integer> verified = verifiedBy(own, day);
                // The verdict changes only with what the rules look at: ask again only then.
                String key =
                        verified
                                + " "
                                + new TreeSet<>(
                                        Eligibility.acceptedFilingYears(input.policy(), day))
                                + " "
                                + ngo.registeredOn()
                                        .plusMonths(input.policy().minMonthsRegistered())
                                        .isAfter(day);
                if (key.equals(lastKey)) {
                    eligible[d] = last;
                    continue;
                }
                lastKey = key;
                last =
                        Eligibility.evaluate(
                                        new Eligibility.Facts(
                                                ngo.identity(),
                                                ngo.registeredOn(),
                                                verified,
                                                ngo.operating(),
                                                significant),
                                        input.policy(),
                                        day)
                                .eligible();
                eligible[d] = last;
            }
            days.put(ngo.id(), eligible);
        }
    }

    /** Whether the NGO is eligible on the day (false outside the span this knows). */
    boolean on(long ngoId, LocalDate day) {
        int d = (int) (day.toEpochDay() - first.toEpochDay());
        boolean[] eligible = days.get(ngoId);
        return eligible != null && d >= 0 && d < eligible.length && eligible[d];
    }

    private static Set<Integer> verifiedBy(List<Filing> filings, LocalDate day) {
        Set<Integer> years = new TreeSet<>();
        for (Filing f : filings) {
            if (f.status() == FilingStatus.VERIFIED
                    && !f.decidedAt().atZone(CountryNgos.ZONE).toLocalDate().isAfter(day)) {
                years.add(f.year());
            }
        }
        return years;
    }
}
