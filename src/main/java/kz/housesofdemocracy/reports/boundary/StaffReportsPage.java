package kz.housesofdemocracy.reports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;

/**
 * The report dashboard: a year for the nation, a region or a House, with charts, the places below
 * to drill into, money by the NGOs' attributes, exports, and for the administrator publication.
 */
@Named
@ViewScoped
public class StaffReportsPage implements Serializable {

    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Reports reports;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    private String year;
    private String region;
    private String house;
    private int theYear;
    private OccupancyReport report;
    private String reason;
    private Chart utilisationChart;
    private Chart trendChart;
    private Chart subsidyChart;

    public void load() {
        Caller me = caller.require();
        try {
            theYear =
                    EntityId.parse(year).map(Long::intValue).orElse(Clocks.today(clock).getYear());
            Long houseId = EntityId.parse(house).orElse(null);
            String regionCode = region == null || region.isBlank() ? null : region.strip();
            if (houseId == null && regionCode == null && !me.holds(Role.NATIONAL_ADMIN)) {
                // An approver starts at their region.
                regionCode =
                        me.grants().stream()
                                .filter(
                                        g ->
                                                g.role() == Role.AKIMAT_APPROVER
                                                        && g.regionCode() != null)
                                .map(Caller.Grant::regionCode)
                                .findFirst()
                                .orElseThrow(Refusal::forbidden);
            }
            // One level at a time, computed at most once a minute per scope (the page says when).
            report = reports.dashboard(me, theYear, regionCode, houseId);
            utilisationChart = null;
            trendChart = null;
            subsidyChart = null;
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void publish() {
        try {
            Reports.Publication p = reports.publish(caller.require(), theYear, reason);
            FacesFeedback.info("report.publishedDone", p.year(), p.version());
            reason = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "publish");
        }
    }

    /** When the figures shown were computed, in the reader's zone and language. */
    public java.time.Instant getComputedAt() {
        return report.computedAt();
    }

    public Place getTop() {
        return report.top();
    }

    /** The places one level down, in the alphabetical order of the page's language. */
    public List<Place> getChildren() {
        return language.sorted(report.children(report.top().id()), Place::name);
    }

    /** The region above a House's report, for the way back up. */
    public String getParentRegion() {
        String parent = report.top().parent();
        return parent != null && parent.startsWith("region-") ? parent.substring(7) : null;
    }

    /** The address of a place's own report, or null for rooms (the last level). */
    public String drill(Place place) {
        if (place.id().startsWith("region-")) {
            return "region=" + place.id().substring(7);
        }
        if (place.id().startsWith("house-")) {
            return "house=" + place.id().substring(6);
        }
        return null;
    }

    /** Utilisation of the places one level down, or null when there are none. */
    public Chart getUtilisationChart() {
        if (utilisationChart == null) {
            utilisationChart = utilisation();
        }
        return utilisationChart.isEmpty() ? null : utilisationChart;
    }

    public Chart getTrendChart() {
        if (trendChart == null) {
            trendChart = trend();
        }
        return trendChart;
    }

    /** Subsidy by area of activity, or null when no NGO had any. */
    public Chart getSubsidyChart() {
        if (subsidyChart == null) {
            subsidyChart = subsidy();
        }
        return subsidyChart.isEmpty() ? null : subsidyChart;
    }

    private Chart utilisation() {
        List<Place> children = getChildren();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Place child : children) {
            labels.add(language.text(child.name()));
            values.add(child.year().utilisation());
        }
        return Chart.of(
                "report.chart.utilisation",
                Chart.Kind.PERCENT,
                labels,
                values,
                language.getLocale());
    }

    private Chart trend() {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            labels.add(Messages.get(language.getLocale(), "report.month." + (m + 1)));
            values.add(report.top().months().get(m).utilisation());
        }
        return Chart.of(
                "report.chart.trend", Chart.Kind.PERCENT, labels, values, language.getLocale());
    }

    private Chart subsidy() {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (OccupancyReport.Money m : report.byArea()) {
            labels.add(language.text(m.label()));
            values.add(m.subsidy());
        }
        return Chart.of(
                "report.chart.subsidyByArea",
                Chart.Kind.MONEY,
                labels,
                values,
                language.getLocale());
    }

    /** Whether the report is the nation's (the first step of the breadcrumb trail). */
    public boolean isAtNation() {
        return report.top().parent() == null;
    }

    /**
     * The name of the region above a House's report, for the breadcrumb trail: the report lists the
     * NGO counts of its regions by name.
     */
    public String getParentRegionName() {
        String code = getParentRegion();
        return report.ngoCounts().stream()
                .filter(c -> code != null && code.equals(c.regionCode()))
                .map(c -> language.text(c.regionName()))
                .findFirst()
                .orElse(code);
    }

    /** NGO counts by region in the alphabetical order of the page's language, the nation last. */
    public List<OccupancyReport.NgoCount> getNgoCounts() {
        List<OccupancyReport.NgoCount> sorted =
                new ArrayList<>(
                        language.sorted(report.ngoCounts(), OccupancyReport.NgoCount::regionName));
        if (report.ngoNation() != null) {
            sorted.add(report.ngoNation());
        }
        return sorted;
    }

    /** One of the money breakdowns by its name. */
    public List<OccupancyReport.Money> money(String section) {
        return switch (section) {
            case "byArea" -> report.byArea();
            case "byRegion" -> report.byRegion();
            case "byLanguage" -> report.byLanguage();
            case "byYouth" -> report.byYouth();
            case "byFunding" -> report.byFunding();
            default -> List.of();
        };
    }

    public boolean isAdmin() {
        return caller.require().holds(Role.NATIONAL_ADMIN);
    }

    public List<Reports.Publication> getPublications() {
        return reports.publications().stream().filter(p -> p.year() == theYear).toList();
    }

    public String exportLink(String format) {
        StringBuilder link =
                new StringBuilder("/api/reports/occupancy/")
                        .append(theYear)
                        .append("/export?format=")
                        .append(format)
                        .append("&lang=")
                        .append(language.getTag());
        if (report.houseId() != null) {
            link.append("&house=").append(report.houseId());
        } else if (report.regionCode() != null) {
            link.append("&region=").append(report.regionCode());
        }
        return link.toString();
    }

    public OccupancyReport getReport() {
        return report;
    }

    public int getTheYear() {
        return theYear;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
