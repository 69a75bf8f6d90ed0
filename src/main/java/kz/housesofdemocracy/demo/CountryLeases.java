package kz.housesofdemocracy.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import kz.housesofdemocracy.demo.CountryPlan.House;
import kz.housesofdemocracy.demo.CountryPlan.Lease;
import kz.housesofdemocracy.demo.CountryPlan.Ngo;
import kz.housesofdemocracy.demo.CountryPlan.Office;
import kz.housesofdemocracy.demo.CountryPlan.Window;
import kz.housesofdemocracy.leases.entity.LeaseTerms;

/**
 * Leases running since 1 January on three offices in five (those available by then): each region's
 * window closed in November, the council decided in December, each lease held by a different NGO of
 * the region that was eligible on the council's day and still is today, for one to three years, at
 * the office's rent with the regions' default subsidy (V11: 50 %), with its monthly schedule.
 */
record CountryLeases(List<Window> windows, List<Lease> leases) {

    static final int SUBSIDY_PERCENT = 50;

    static CountryLeases make(
            CountryPlan.Input input,
            CountryPlaces places,
            List<Ngo> ngos,
            CountryEligibleDays eligible) {
        SplittableRandom random = new SplittableRandom(input.seed() * 31 + 5);
        LocalDate start = CountryPlan.firstDay(input);
        LocalDate council = start.minusDays(20);
        List<Window> windows = new ArrayList<>();
        List<Lease> leases = new ArrayList<>();
        Set<Long> tenants = new HashSet<>();
        for (House house : places.houses()) {
            List<Ngo> local = ngos.stream().filter(n -> n.region().equals(house.region())).toList();
            Window window = null;
            for (Office office : places.officesOf(house.id())) {
                if (office.availableFrom().isAfter(start) || random.nextInt(5) >= 3) {
                    continue;
                }
                Ngo tenant = null;
                for (int attempt = 0; attempt < 20 && tenant == null; attempt++) {
                    Ngo ngo = local.get(random.nextInt(local.size()));
                    if (!tenants.contains(ngo.id())
                            && eligible.on(ngo.id(), council)
                            && eligible.on(ngo.id(), input.today())) {
                        tenant = ngo;
                    }
                }
                if (tenant == null) {
                    continue;
                }
                if (window == null) {
                    window =
                            new Window(
                                    CountryPlan.BASE + windows.size(),
                                    house.region(),
                                    start.minusMonths(3),
                                    start.minusDays(45),
                                    start);
                    windows.add(window);
                }
                tenants.add(tenant.id());
                leases.add(
                        lease(
                                CountryPlan.BASE + leases.size(),
                                window,
                                house,
                                office,
                                tenant,
                                council,
                                random));
            }
        }
        return new CountryLeases(List.copyOf(windows), List.copyOf(leases));
    }

    private static Lease lease(
            long id,
            Window window,
            House house,
            Office office,
            Ngo tenant,
            LocalDate council,
            SplittableRandom random) {
        int years = 1 + random.nextInt(3);
        LocalDate starts = window.leaseStart();
        LocalDate ends = LeaseTerms.lastDay(starts, years);
        Instant submitted =
                window.opensOn()
                        .plusDays(random.nextInt(30))
                        .atTime(9 + random.nextInt(8), random.nextInt(60))
                        .atZone(CountryNgos.ZONE)
                        .toInstant();
        return new Lease(
                id,
                window.id(),
                tenant.id(),
                house.id(),
                office.id(),
                years,
                starts,
                ends,
                1 + random.nextInt(8),
                office.monthlyRent(),
                SUBSIDY_PERCENT,
                LeaseTerms.payment(office.monthlyRent(), SUBSIDY_PERCENT),
                "ҮЕҰ-" + council.getYear() + "/" + (id - CountryPlan.BASE + 1),
                council,
                submitted,
                council.atTime(15, 0).atZone(CountryNgos.ZONE).toInstant(),
                LeaseTerms.schedule(starts, ends, office.monthlyRent(), SUBSIDY_PERCENT));
    }
}
