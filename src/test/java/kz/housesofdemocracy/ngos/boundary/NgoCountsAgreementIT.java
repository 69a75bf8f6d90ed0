package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.Language;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly: the public counts (one statement for every region and measure) move with the
 * registry and the policy at once and agree with the eligibility rules NGO by NGO. Its NGOs are in
 * Zhambyl (KZ-31), a region no other test counts, and are removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class NgoCountsAgreementIT {

    private static final String REGION = "KZ-31";
    private static final long FIRST_ID = 973_100_000L;

    @Inject private Ngos ngos;
    @Inject private Clock clock;

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    private static final Caller ADMIN =
            new Caller(
                    0,
                    "test@example.kz",
                    "test",
                    Language.EN,
                    List.of(new Caller.Grant(Role.NATIONAL_ADMIN, null, null)));

    private final List<Long> ids = new ArrayList<>();

    /** What an NGO of the test is: its facts, and whether the rules should find it eligible. */
    private record Case(
            String identity,
            String operating,
            boolean registeredLongAgo,
            String area,
            String filing,
            int filingYearsAgo) {}

    @Test
    void theCountsMoveWithTheRegistryAndAgreeWithTheRules() throws SQLException {
        NgoViews.Counts before = line();
        // From 1 January to the policy's grace day the year before last's filing still counts:
        // the last NGO below is eligible then, and only then.
        NgoViews.Policy policy = ngos.policy();
        boolean inGrace =
                !MonthDay.from(Clocks.today(clock))
                        .isAfter(MonthDay.parse("--" + policy.filingGraceUntil()));
        int lastOne = inGrace ? 1 : 0;
        List<Case> cases =
                List.of(
                        new Case("VERIFIED", "ACTIVE", true, "education", "VERIFIED", 1),
                        new Case("VERIFIED", "ACTIVE", true, "health", "PENDING", 1),
                        new Case("VERIFIED", "ACTIVE", true, "hobby", "VERIFIED", 1),
                        new Case("VERIFIED", "ACTIVE", false, "civic", "VERIFIED", 1),
                        new Case("VERIFIED", "SUSPENDED", true, "culture", "VERIFIED", 1),
                        new Case("VERIFIED", "LIQUIDATED", true, "sport", "VERIFIED", 1),
                        new Case("UNVERIFIED", "ACTIVE", true, "education", null, 1),
                        // Filed for the year before last only: eligible in the grace period.
                        new Case("VERIFIED", "ACTIVE", true, "environment", "VERIFIED", 2));
        insert(cases);

        NgoViews.Counts after = line();
        assertEquals(7, after.registered() - before.registered(), "not liquidated");
        assertEquals(6, after.verified() - before.verified(), "verified, not liquidated");
        assertEquals(1 + lastOne, rulesSayEligible(), "the rules: the first NGO");
        assertEquals(rulesSayEligible(), after.eligible() - before.eligible(), "eligible");
        assertEquals(1, after.active() - before.active(), "active: eligible, filed last year");

        // A writer confirms the second NGO's pending filing: the next count shows it.
        confirmFiling(ids.get(1));
        NgoViews.Counts confirmed = line();
        assertEquals(2 + lastOne, rulesSayEligible(), "the rules: now the second one too");
        assertEquals(rulesSayEligible(), confirmed.eligible() - before.eligible(), "eligible");
        assertEquals(2, confirmed.active() - before.active(), "active");
        assertEquals(after.registered(), confirmed.registered());

        // Eligible but not active: a grace period that runs all year accepts the year before
        // last's filing for eligibility; active still wants last year's.
        ngos.changePolicy(ADMIN, policy.minMonthsRegistered(), "12-31");
        try {
            NgoViews.Counts yearRound = line();
            assertEquals(3, rulesSayEligible(), "the rules: the last NGO too, in the grace period");
            assertEquals(rulesSayEligible(), yearRound.eligible() - before.eligible(), "eligible");
            assertEquals(
                    2, yearRound.active() - before.active(), "active: last year's filing only");
        } finally {
            ngos.changePolicy(ADMIN, policy.minMonthsRegistered(), policy.filingGraceUntil());
        }

        NgoViews.CountTable table = ngos.countTable();
        assertEquals(
                table.regions().stream().mapToLong(NgoViews.Counts::eligible).sum(),
                table.nation().eligible(),
                "the nation sums its regions");
    }

    private NgoViews.Counts line() {
        return ngos.counts().stream()
                .filter(c -> REGION.equals(c.regionCode()))
                .findFirst()
                .orElseThrow();
    }

    private long rulesSayEligible() {
        return ids.stream().filter(ngos::isEligible).count();
    }

    private void insert(List<Case> cases) throws SQLException {
        LocalDate today = Clocks.today(clock);
        OffsetDateTime created = OffsetDateTime.now(clock);
        try (Connection c = dataSource.getConnection();
                PreparedStatement n =
                        c.prepareStatement(
                                "INSERT INTO ngo (id, name_kk, name_ru, name_en, legal_form, region_code, address,"
                                        + " registered_on, youth_led, contact_email, identity, operating, created_at)"
                                        + " VALUES (?, ?, ?, ?, 'PUBLIC_ASSOCIATION', ?, 'Counts street 1', ?, FALSE, ?, ?, ?, ?)");
                PreparedStatement a =
                        c.prepareStatement(
                                "INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, ?)");
                PreparedStatement f =
                        c.prepareStatement(
                                "INSERT INTO annual_filing (id, ngo_id, filing_year, filed_on, reference, status, created_at)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < cases.size(); i++) {
                Case k = cases.get(i);
                long id = FIRST_ID + i;
                ids.add(id);
                n.setLong(1, id);
                n.setString(2, "Санақ ҮЕҰ " + i);
                n.setString(3, "НПО подсчёта " + i);
                n.setString(4, "Counts NGO " + i);
                n.setString(5, REGION);
                n.setObject(6, k.registeredLongAgo() ? today.minusYears(5) : today.minusDays(1));
                n.setString(7, "counts" + i + "@example.kz");
                n.setString(8, k.identity());
                n.setString(9, k.operating());
                n.setObject(10, created);
                n.executeUpdate();
                a.setLong(1, id);
                a.setString(2, k.area());
                a.executeUpdate();
                if (k.filing() != null) {
                    f.setLong(1, id);
                    f.setLong(2, id);
                    f.setInt(3, today.getYear() - k.filingYearsAgo());
                    f.setObject(4, today.minusMonths(3));
                    f.setString(5, "COUNTS-" + i);
                    f.setString(6, k.filing());
                    f.setObject(7, created);
                    f.executeUpdate();
                }
            }
        }
    }

    private void confirmFiling(long ngo) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "UPDATE annual_filing SET status = 'VERIFIED' WHERE ngo_id = ?")) {
            s.setLong(1, ngo);
            assertEquals(1, s.executeUpdate());
        }
    }

    @AfterEach
    void removeTheNgos() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("annual_filing", "ngo_area", "ngo")) {
                try (PreparedStatement s =
                        c.prepareStatement(
                                "DELETE FROM "
                                        + table
                                        + " WHERE "
                                        + (table.equals("ngo") ? "id" : "ngo_id")
                                        + " BETWEEN ? AND ?")) {
                    s.setLong(1, FIRST_ID);
                    s.setLong(2, FIRST_ID + 99);
                    s.executeUpdate();
                }
            }
        }
    }
}
