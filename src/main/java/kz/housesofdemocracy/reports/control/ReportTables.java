package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;

/**
 * A report as tables in one language, a header row first: the places (for the year, and for each
 * month if asked), money by a group of NGOs, and the NGO counts. The CSV and the workbook write
 * these.
 */
public final class ReportTables {

    private static final String[] COLUMNS = {
        "report.col.level",
        "report.col.id",
        "report.col.name",
        "report.col.period",
        "report.col.available",
        "report.col.booked",
        "report.col.used",
        "report.col.utilisation",
        "report.col.usedShare",
        "report.col.noShows",
        "report.col.officeAvailable",
        "report.col.officeLeased",
        "report.col.officeOccupancy",
        "report.col.market",
        "report.col.payments",
        "report.col.subsidy"
    };

    private ReportTables() {}

    /** Every place, for the year and for each month: one row each. */
    public static List<List<Object>> placeRows(
            OccupancyReport report, Locale locale, boolean months) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        for (String key : COLUMNS) {
            header.add(Messages.get(locale, key));
        }
        rows.add(header);
        for (Place p : report.places()) {
            rows.add(row(p, locale, Messages.get(locale, "report.year"), p.year()));
            if (months) {
                for (int m = 0; m < 12; m++) {
                    rows.add(row(p, locale, Integer.toString(m + 1), p.months().get(m)));
                }
            }
        }
        return rows;
    }

    private static List<Object> row(Place p, Locale locale, String period, Figures f) {
        List<Object> row = new ArrayList<>();
        row.add(Messages.get(locale, "report.level." + p.level()));
        row.add(p.id());
        row.add(p.name().in(locale));
        row.add(period);
        row.add(f.availableHours());
        row.add(f.bookedHours());
        row.add(f.usedHours());
        row.add(f.utilisation());
        row.add(f.usedShare());
        row.add(f.noShowRate());
        row.add(f.officeM2MonthsAvailable());
        row.add(f.officeM2MonthsLeased());
        row.add(f.officeOccupancy());
        row.add(f.totalMarketValue());
        row.add(f.totalPayments());
        row.add(f.totalSubsidy());
        return row;
    }

    /** Money by a group of NGOs, the group's name ({@code title}, a bundle key) heading it. */
    public static List<List<Object>> moneyRows(String title, List<Money> groups, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        Messages.get(locale, title),
                        Messages.get(locale, "report.col.ngos"),
                        Messages.get(locale, "report.col.booked"),
                        Messages.get(locale, "report.col.market"),
                        Messages.get(locale, "report.col.payments"),
                        Messages.get(locale, "report.col.subsidy")));
        for (Money m : groups) {
            rows.add(moneyRow(m, locale));
        }
        return rows;
    }

    /**
     * A group's line: a suppressed group (what the public reads of a published report) gives its
     * name and "fewer than 3" (or "suppressed") in place of its figures, which it does not carry.
     */
    private static List<Object> moneyRow(Money m, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(m.label().in(locale));
        if (m.suppressed()) {
            row.add(suppressedText(m, locale));
            for (int i = 0; i < 4; i++) {
                row.add("");
            }
            return row;
        }
        row.add(m.ngos());
        row.add(
                BigDecimal.valueOf(m.bookedMinutes())
                        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
        row.add(m.marketValue());
        row.add(m.payments());
        row.add(m.subsidy());
        return row;
    }

    /** What a suppressed group says in place of its figures, in the reader's language. */
    public static String suppressedText(Money m, Locale locale) {
        return Messages.get(locale, m.tooFew() ? "report.fewerThan3" : "report.suppressedCell");
    }

    /** NGOs registered, verified, eligible and active, by region; the nation's total last. */
    public static List<List<Object>> countRows(OccupancyReport report, Locale locale) {
        List<List<Object>> counts = new ArrayList<>();
        counts.add(
                List.of(
                        Messages.get(locale, "house.region"),
                        Messages.get(locale, "counts.registered"),
                        Messages.get(locale, "counts.verified"),
                        Messages.get(locale, "counts.eligible"),
                        Messages.get(locale, "counts.active")));
        for (NgoCount c : report.ngoCounts()) {
            counts.add(
                    List.of(
                            c.regionName().in(locale),
                            c.registered(),
                            c.verified(),
                            c.eligible(),
                            c.active()));
        }
        NgoCount c = report.ngoNation();
        if (c != null) {
            counts.add(
                    List.of(
                            c.regionName().in(locale),
                            c.registered(),
                            c.verified(),
                            c.eligible(),
                            c.active()));
        }
        return counts;
    }
}
