package kz.housesofdemocracy.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.control.ReportTables;

/** Published reports for everyone: the list of versions, one version's figures, its downloads. */
@Named
@RequestScoped
public class ReportsPage {

    @Inject private Reports reports;
    @Inject private CurrentLanguage language;

    private String year;
    private String version;
    private OccupancyReport report;
    private Reports.Publication publication;
    private Chart utilisationChart;

    public void load() {
        Long y = EntityId.parse(year).orElse(null);
        if (y == null) {
            return;
        }
        Integer v = EntityId.parse(version).map(Long::intValue).orElse(null);
        try {
            publication = reports.publication(y.intValue(), v);
            report = reports.published(y.intValue(), publication.version());
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public List<Reports.Publication> getPublications() {
        return reports.publications();
    }

    public String download(String format) {
        return "/api/reports/published/"
                + publication.year()
                + "/"
                + publication.version()
                + "/export?format="
                + format;
    }

    public OccupancyReport getReport() {
        return report;
    }

    /** The report's regions in the alphabetical order of the page's language. */
    public List<OccupancyReport.Place> getRegions() {
        return report == null
                ? List.of()
                : language.sorted(report.children("nation"), OccupancyReport.Place::name);
    }

    /** Utilisation of each region, drawn above the table of the same figures; null if none. */
    public Chart getUtilisationChart() {
        if (utilisationChart == null) {
            utilisationChart = utilisation();
        }
        return utilisationChart.isEmpty() ? null : utilisationChart;
    }

    private Chart utilisation() {
        List<OccupancyReport.Place> regions = getRegions();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (OccupancyReport.Place region : regions) {
            labels.add(language.text(region.name()));
            values.add(region.year().utilisation());
        }
        return Chart.of(
                "report.chart.utilisation",
                Chart.Kind.PERCENT,
                labels,
                values,
                language.getLocale());
    }

    /** The breakdowns of NGO money, each as the public reads it (small groups suppressed). */
    public List<String> getSections() {
        return List.of("byArea", "byRegion", "byLanguage", "byYouth", "byFunding");
    }

    /** One breakdown by its name: the groups, then the line summing the suppressed ones. */
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

    /** What a suppressed group says instead of its figures, in the page's language. */
    public String suppressed(OccupancyReport.Money group) {
        return ReportTables.suppressedText(group, language.getLocale());
    }

    public Reports.Publication getPublication() {
        return publication;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
