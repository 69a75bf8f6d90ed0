package kz.housesofdemocracy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.closures.control.HolidayCalendar;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The country plan is deterministic from its seed and holds its shares. */
class CountryPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theSameSeedMakesTheSameCountryAndAnotherSeedAnother() {
        String first = digest(plan(2026, TODAY));
        assertEquals(first, digest(plan(2026, TODAY)));
        assertNotEquals(first, digest(plan(2027, TODAY)));
    }

    @Test
    void everyBinPassesTheProductsRuleAndIsUnique() {
        CountryPlan plan = plan(2026, TODAY);
        List<String> bins =
                plan.ngos().stream().map(CountryPlan.Ngo::bin).filter(b -> b != null).toList();
        bins.forEach(b -> assertTrue(Bin.problem(b, TODAY).isEmpty(), b));
        assertEquals(bins.size(), bins.stream().distinct().count());
        assertTrue(bins.size() > plan.ngos().size() * 9 / 10, "most have a BIN");
    }

    @Test
    void theCountryHasTwentyHousesAboutTwoThousandNgosAndItsShares() {
        CountryPlan plan = plan(2026, TODAY);
        assertEquals(20, plan.houses().size());
        assertEquals(18, plan.houses().stream().filter(h -> !h.existing()).count());
        int ngos = plan.ngos().size();
        assertTrue(ngos > 1_950 && ngos < 2_050, "NGOs: " + ngos);
        long kazakhOnly =
                plan.ngos().stream()
                        .filter(n -> n.languages().equals(List.of(WorkingLanguage.KK)))
                        .count();
        double share = (double) kazakhOnly / ngos;
        assertTrue(share >= 0.10 && share <= 0.15, "Kazakh only: " + share);
        long youth = plan.ngos().stream().filter(CountryPlan.Ngo::youthLed).count();
        assertTrue(youth > ngos / 10 && youth < ngos / 4, "youth-led: " + youth);
        int bookings = plan.bookings().size();
        assertTrue(bookings > 20_000 && bookings < 100_000, "bookings: " + bookings);
        assertTrue(plan.leases().size() > 20, "leases: " + plan.leases().size());
        assertTrue(plan.events().size() >= 40, "events: " + plan.events().size());
    }

    @Test
    void roomsFollowThePopulation() {
        CountryPlan plan = plan(2026, TODAY);
        assertTrue(rooms(plan, "KZ-61") > rooms(plan, "KZ-62") * 3, "Turkistan ≫ Ulytau");
        assertTrue(rooms(plan, "KZ-79") > rooms(plan, "KZ-59"), "Shymkent > North Kazakhstan");
    }

    private static long rooms(CountryPlan plan, String region) {
        long house =
                plan.houses().stream()
                        .filter(h -> h.region().equals(region))
                        .findFirst()
                        .orElseThrow()
                        .id();
        return plan.rooms().stream().filter(r -> r.houseId() == house).count();
    }

    static CountryPlan plan(long seed, LocalDate today) {
        return CountryPlan.make(input(seed, today));
    }

    static CountryPlan.Input input(long seed, LocalDate today) {
        Instant now = today.atTime(LocalTime.of(12, 0)).atZone(Clocks.KAZAKHSTAN).toInstant();
        return new CountryPlan.Input(seed, today, now, daysOff(), policy());
    }

    static Eligibility.Parameters policy() {
        return new Eligibility.Parameters(6, MonthDay.of(3, 31)); // V7's policy
    }

    /** The product's days off, from the holidays V8 records. */
    static Map<LocalDate, LocalizedText> daysOff() {
        try (InputStream in =
                CountryPlanTest.class.getResourceAsStream("/db/migration/V8__bookings.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m =
                    Pattern.compile(
                                    "\\(\\d+, '(\\d{4}-\\d{2}-\\d{2})', '([^']*)', '([^']*)', '([^']*)', (TRUE|FALSE)\\)")
                            .matcher(sql);
            List<HolidayCalendar.Entry> entries = new ArrayList<>();
            while (m.find()) {
                entries.add(
                        new HolidayCalendar.Entry(
                                LocalDate.parse(m.group(1)),
                                new LocalizedText(m.group(2), m.group(3), m.group(4)),
                                m.group(5).equals("TRUE")));
            }
            assertTrue(entries.size() > 30, "holidays read: " + entries.size());
            return HolidayCalendar.daysOff(entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of every row of the plan. */
    static String digest(CountryPlan plan) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (List<?> rows :
                    List.of(
                            plan.houses(),
                            plan.rooms(),
                            plan.offices(),
                            plan.ngos(),
                            plan.filings(),
                            plan.events(),
                            plan.bookings(),
                            plan.windows(),
                            plan.leases())) {
                for (Object row : rows) {
                    sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
