package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A snapshot published before the nation's NGO counts had their own field (the nation as the last
 * line of {@code ngoCounts}, groups without {@code suppressed}) reads in today's shape. Needs a
 * JSON-B provider on the test class path (Yasson, as in WildFly); skipped without one.
 */
class ReportSnapshotTest {

    /** As {@code Reports.publish} stored it before #21: one region, the nation last. */
    static final String OLD =
            """
            {"byArea":[{"bookedMinutes":180,"key":"youth","label":{"en":"Youth","kk":"Жастар","ru":"Молодёжь"},\
            "marketValue":13000.00,"ngos":1,"payments":0.00,"subsidy":13000.00}],\
            "byFunding":[],"byLanguage":[],"byNgo":[],"byRegion":[],\
            "byYouth":[{"bookedMinutes":180,"key":"youth-led","label":{"en":"Youth-led","kk":"Жастар басқаратын","ru":"Молодёжные"},\
            "marketValue":13000.00,"ngos":1,"payments":0.00,"subsidy":13000.00},\
            {"bookedMinutes":600,"key":"not-youth-led","label":{"en":"Not youth-led","kk":"Жастар басқармайтын","ru":"Не молодёжные"},\
            "marketValue":50000.00,"ngos":4,"payments":10000.00,"subsidy":40000.00}],\
            "computedAt":"2026-12-01T10:00:00Z",\
            "ngoCounts":[{"active":2,"eligible":3,"regionCode":"KZ-71","regionName":{"en":"Astana","kk":"Астана","ru":"Астана"},"registered":5,"verified":4},\
            {"active":1,"eligible":1,"regionCode":"KZ-75","regionName":{"en":"Almaty","kk":"Алматы","ru":"Алматы"},"registered":2,"verified":1},\
            {"active":3,"eligible":4,"regionName":{"en":"Kazakhstan","kk":"Қазақстан","ru":"Казахстан"},"registered":7,"verified":5}],\
            "places":[{"id":"nation","level":"NATION","months":[],"name":{"en":"Kazakhstan","kk":"Қазақстан","ru":"Казахстан"},\
            "year":{"availableMinutes":60000,"bookedMinutes":780,"charged":10000.00,"heldBookings":4,"leaseMarketValue":0,\
            "leasePayments":0,"leaseSubsidy":0,"marketValue":63000.00,"noShows":1,"officeM2MonthsAvailable":0,\
            "officeM2MonthsLeased":0,"subsidy":53000.00,"usedMinutes":600}}],\
            "year":2026}
            """;

    @BeforeAll
    static void aJsonBindingProvider() {
        try {
            JsonbBuilder.create().close();
        } catch (Exception | LinkageError none) {
            Assumptions.abort("no JSON-B provider on the test class path: " + none);
        }
    }

    @Test
    void theNationLastLineMovesToItsOwnField() {
        OccupancyReport report = Reports.snapshot(OLD);
        assertEquals(
                List.of("KZ-71", "KZ-75"),
                report.ngoCounts().stream().map(NgoCount::regionCode).toList());
        NgoCount nation = report.ngoNation();
        assertNull(nation.regionCode());
        assertEquals("Kazakhstan", nation.regionName().getEn());
        assertEquals(7, nation.registered());
        assertEquals(5, nation.verified());
        assertEquals(4, nation.eligible());
        assertEquals(3, nation.active());
        assertEquals(2026, report.year());
        assertEquals(60000, report.top().year().availableMinutes());
    }

    @Test
    void itsGroupsReadAsShownInFullAndArePublishedSuppressed() {
        OccupancyReport report = Reports.snapshot(OLD);
        OccupancyReport.Money youth = report.byYouth().get(0);
        assertFalse(youth.suppressed());
        assertNull(youth.suppression());
        assertEquals(1, youth.ngos());
        assertEquals(0, new BigDecimal("13000").compareTo(youth.subsidy()));

        OccupancyReport open = report.forThePublic();
        assertTrue(open.byYouth().get(0).suppressed());
        assertTrue(open.byYouth().get(1).suppressed(), "secondary");
        OccupancyReport.Money line = open.byYouth().get(2);
        assertEquals("suppressed", line.key());
        assertEquals(0, new BigDecimal("53000").compareTo(line.subsidy()));
        assertTrue(open.byArea().get(0).suppressed());
        assertTrue(open.byArea().get(1).suppressed(), "no group of 3: the line too");
    }
}
