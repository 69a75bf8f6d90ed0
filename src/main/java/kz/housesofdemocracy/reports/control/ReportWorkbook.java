package kz.housesofdemocracy.reports.control;

import static kz.housesofdemocracy.reports.control.SheetWriter.Format.AREA;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.COUNT;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.DATE;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.DATE_TIME;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.HOURS;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.MONEY;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.RATE;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.TEXT;
import static kz.housesofdemocracy.reports.control.SheetWriter.Format.YEAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;
import kz.housesofdemocracy.reports.control.SheetWriter.Column;
import kz.housesofdemocracy.reports.control.SheetWriter.Format;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an XLSX workbook written by Apache POI, in one language: the report (year, scope,
 * when computed), then one sheet per level (the nation in a national report, the regions, the
 * Houses, the rooms) with each place's year and months, the NGOs (only when the report names them:
 * never in a published one), money by the NGOs' attributes, and NGO counts per region. Numbers and
 * dates are real cells with formats; hours and rates are exact (minutes ÷ 60, booked ÷ available),
 * not the rounded figures of the page. Streaming ({@link SXSSFWorkbook}): a national report with
 * thousands of rooms or NGOs keeps only a window of rows in memory.
 */
public final class ReportWorkbook {

    private static final List<String> LEVELS = List.of("NATION", "REGION", "HOUSE", "ROOM");
    private static final List<String> BREAKDOWNS =
            List.of(
                    "report.byArea",
                    "report.byRegion",
                    "report.byLanguage",
                    "report.byYouth",
                    "report.byFunding");
    private static final int WINDOW = 200;

    private final OccupancyReport report;
    private final Locale locale;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
    private final Set<String> names = new HashSet<>();
    private final Map<String, Place> byId = new HashMap<>();

    private ReportWorkbook(OccupancyReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
        report.places().forEach(p -> byId.put(p.id(), p));
    }

    public static byte[] write(OccupancyReport report, Locale locale) {
        return new ReportWorkbook(report, locale).bytes();
    }

    private byte[] bytes() {
        try (workbook) {
            summary();
            for (String level : LEVELS) {
                places(level);
            }
            if (!report.byNgo().isEmpty()) {
                ngos();
            }
            breakdowns();
            counts();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void summary() {
        SheetWriter sheet =
                sheet(
                        "report.sheet.report",
                        column("report.col.year", YEAR),
                        column("report.col.scope", TEXT),
                        column("report.col.from", DATE),
                        column("report.col.to", DATE),
                        column("report.col.computedAt", DATE_TIME));
        sheet.row(
                report.year(),
                report.places().isEmpty() ? null : report.top().name().in(locale),
                LocalDate.of(report.year(), 1, 1),
                LocalDate.of(report.year(), 12, 31),
                LocalDateTime.ofInstant(report.computedAt(), Clocks.KAZAKHSTAN));
        sheet.finish();
    }

    private void places(String level) {
        List<Place> places = report.places().stream().filter(p -> p.level().equals(level)).toList();
        if (places.isEmpty()) {
            return;
        }
        boolean above = places.stream().anyMatch(p -> p.parent() != null);
        List<Column> columns = new ArrayList<>();
        columns.add(column("report.col.id", TEXT));
        columns.add(column("report.col.name", TEXT));
        if (above) {
            columns.add(column("report.col.above", TEXT));
        }
        columns.add(column("report.col.period", TEXT));
        columns.add(column("report.col.from", DATE));
        columns.add(column("report.col.to", DATE));
        for (String key : List.of("report.col.available", "report.col.booked", "report.col.used")) {
            columns.add(column(key, HOURS));
        }
        for (String key :
                List.of("report.col.utilisation", "report.col.usedShare", "report.col.noShows")) {
            columns.add(column(key, RATE));
        }
        columns.add(column("report.col.officeAvailable", AREA));
        columns.add(column("report.col.officeLeased", AREA));
        columns.add(column("report.col.officeOccupancy", RATE));
        for (String key :
                List.of("report.col.market", "report.col.payments", "report.col.subsidy")) {
            columns.add(column(key, MONEY));
        }
        SheetWriter sheet = sheet("report.sheet." + level, columns);
        LocalDate january = LocalDate.of(report.year(), 1, 1);
        for (Place p : places) {
            String parent = above ? parentName(p) : null;
            sheet.row(
                    placeRow(
                            p,
                            parent,
                            above,
                            Messages.get(locale, "report.year"),
                            january,
                            12,
                            p.year()));
            for (int m = 0; m < 12; m++) {
                sheet.row(
                        placeRow(
                                p,
                                parent,
                                above,
                                Messages.get(locale, "report.month." + (m + 1)),
                                january.plusMonths(m),
                                1,
                                p.months().get(m)));
            }
        }
        sheet.finish();
    }

    private Object[] placeRow(
            Place p,
            String parent,
            boolean above,
            String period,
            LocalDate from,
            int months,
            Figures f) {
        List<Object> row = new ArrayList<>();
        row.add(p.id());
        row.add(p.name().in(locale));
        if (above) {
            row.add(parent);
        }
        row.add(period);
        row.add(from);
        row.add(from.plusMonths(months).minusDays(1));
        row.add(hours(f.availableMinutes()));
        row.add(hours(f.bookedMinutes()));
        row.add(hours(f.usedMinutes()));
        row.add(share(f.bookedMinutes(), f.availableMinutes()));
        row.add(share(f.usedMinutes(), f.availableMinutes()));
        row.add(share(f.noShows(), f.heldBookings()));
        row.add(f.officeM2MonthsAvailable());
        row.add(f.officeM2MonthsLeased());
        row.add(
                f.officeM2MonthsAvailable().signum() == 0
                        ? 0.0
                        : f.officeM2MonthsLeased().doubleValue()
                                / f.officeM2MonthsAvailable().doubleValue());
        row.add(f.totalMarketValue());
        row.add(f.totalPayments());
        row.add(f.totalSubsidy());
        return row.toArray();
    }

    private String parentName(Place p) {
        Place parent = p.parent() == null ? null : byId.get(p.parent());
        return parent == null ? null : parent.name().in(locale);
    }

    private void ngos() {
        SheetWriter sheet =
                sheet(
                        "report.sheet.ngos",
                        column("report.col.id", TEXT),
                        column("report.col.ngo", TEXT),
                        column("report.col.booked", HOURS),
                        column("report.col.market", MONEY),
                        column("report.col.payments", MONEY),
                        column("report.col.subsidy", MONEY));
        for (Money m : report.byNgo()) {
            sheet.row(
                    m.key(),
                    m.label().in(locale),
                    hours(m.bookedMinutes()),
                    m.marketValue(),
                    m.payments(),
                    m.subsidy());
        }
        sheet.finish();
    }

    /** Money by area, region, language, youth and funding: one table, the breakdown a column. */
    private void breakdowns() {
        SheetWriter sheet =
                sheet(
                        "report.sheet.breakdowns",
                        column("report.col.breakdown", TEXT),
                        column("report.col.group", TEXT),
                        column("report.col.ngos", COUNT),
                        column("report.col.booked", HOURS),
                        column("report.col.market", MONEY),
                        column("report.col.payments", MONEY),
                        column("report.col.subsidy", MONEY));
        List<List<Money>> tables =
                List.of(
                        report.byArea(),
                        report.byRegion(),
                        report.byLanguage(),
                        report.byYouth(),
                        report.byFunding());
        for (int i = 0; i < BREAKDOWNS.size(); i++) {
            String breakdown = Messages.get(locale, BREAKDOWNS.get(i));
            for (Money m : tables.get(i)) {
                if (m.suppressed()) {
                    // What the public reads of a small group: "fewer than 3", no figures.
                    String hidden = ReportTables.suppressedText(m, locale);
                    sheet.row(breakdown, m.label().in(locale), hidden, hidden, null, null, null);
                } else {
                    sheet.row(
                            breakdown,
                            m.label().in(locale),
                            m.ngos(),
                            hours(m.bookedMinutes()),
                            m.marketValue(),
                            m.payments(),
                            m.subsidy());
                }
            }
        }
        sheet.finish();
    }

    private void counts() {
        SheetWriter sheet =
                sheet(
                        "report.ngoCounts",
                        column("house.region", TEXT),
                        column("counts.registered", COUNT),
                        column("counts.verified", COUNT),
                        column("counts.eligible", COUNT),
                        column("counts.active", COUNT));
        List<NgoCount> lines = new ArrayList<>(report.ngoCounts());
        if (report.ngoNation() != null) {
            lines.add(report.ngoNation());
        }
        for (NgoCount c : lines) {
            sheet.row(
                    c.regionName().in(locale),
                    c.registered(),
                    c.verified(),
                    c.eligible(),
                    c.active());
        }
        sheet.finish();
    }

    private SheetWriter sheet(String nameKey, Column... columns) {
        return sheet(nameKey, List.of(columns));
    }

    private SheetWriter sheet(String nameKey, List<Column> columns) {
        String name = SheetNames.unique(Messages.get(locale, nameKey), names);
        return SheetWriter.open(workbook, styles, name, columns);
    }

    private Column column(String key, Format format) {
        return new Column(Messages.get(locale, key), format);
    }

    /** Exact hours: a spreadsheet sums them without the page's rounding. */
    private static double hours(long minutes) {
        return minutes / 60.0;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
