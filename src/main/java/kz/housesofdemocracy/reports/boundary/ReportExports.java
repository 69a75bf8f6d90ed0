package kz.housesofdemocracy.reports.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.files.PdfText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.reports.control.Figures;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;
import kz.housesofdemocracy.reports.control.XlsxWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A report as CSV (open data), XLSX (number cells) and PDF (with its charts), in one language. */
public final class ReportExports {

    private ReportExports() {}

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

    private static List<List<Object>> moneyRows(String title, List<Money> groups, Locale locale) {
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
            rows.add(
                    List.of(
                            m.label().in(locale),
                            m.ngos(),
                            BigDecimal.valueOf(m.bookedMinutes())
                                    .divide(
                                            BigDecimal.valueOf(60),
                                            1,
                                            java.math.RoundingMode.HALF_UP),
                            m.marketValue(),
                            m.payments(),
                            m.subsidy()));
        }
        return rows;
    }

    public static byte[] csv(OccupancyReport report, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<Object> row : placeRows(report, locale, true)) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = row.get(i);
                String s =
                        v == null
                                ? ""
                                : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
                if (v instanceof Number) {
                    out.append(s);
                } else {
                    out.append('"').append(s.replace("\"", "\"\"")).append('"');
                }
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(OccupancyReport report, Locale locale) {
        XlsxWriter workbook = new XlsxWriter();
        workbook.sheet(
                Messages.get(locale, "report.sheet.places"), placeRows(report, locale, false));
        workbook.sheet(
                Messages.get(locale, "report.sheet.months"), placeRows(report, locale, true));
        workbook.sheet(
                Messages.get(locale, "report.byArea"),
                moneyRows("report.byArea", report.byArea(), locale));
        workbook.sheet(
                Messages.get(locale, "report.byRegion"),
                moneyRows("report.byRegion", report.byRegion(), locale));
        workbook.sheet(
                Messages.get(locale, "report.byLanguage"),
                moneyRows("report.byLanguage", report.byLanguage(), locale));
        workbook.sheet(
                Messages.get(locale, "report.byYouth"),
                moneyRows("report.byYouth", report.byYouth(), locale));
        workbook.sheet(
                Messages.get(locale, "report.byFunding"),
                moneyRows("report.byFunding", report.byFunding(), locale));
        if (!report.byNgo().isEmpty()) {
            workbook.sheet(
                    Messages.get(locale, "report.byNgo"),
                    moneyRows("report.byNgo", report.byNgo(), locale));
        }
        List<List<Object>> counts = new ArrayList<>();
        counts.add(
                List.of(
                        Messages.get(locale, "house.region"),
                        Messages.get(locale, "counts.registered"),
                        Messages.get(locale, "counts.verified"),
                        Messages.get(locale, "counts.eligible"),
                        Messages.get(locale, "counts.active")));
        for (OccupancyReport.NgoCount c : report.ngoCounts()) {
            counts.add(
                    List.of(
                            c.regionName().in(locale),
                            c.registered(),
                            c.verified(),
                            c.eligible(),
                            c.active()));
        }
        workbook.sheet(Messages.get(locale, "report.ngoCounts"), counts);
        return workbook.bytes();
    }

    /** The PDF: the totals, three bar charts (children's utilisation, months, subsidy by area). */
    public static byte[] pdf(OccupancyReport report, Locale locale) {
        try (PDDocument document = PdfText.document()) {
            PDType0Font font = PdfText.font(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            Place top = report.top();
            Figures y = top.year();
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float x = 50;
                float h = PDRectangle.A4.getHeight() - 50;
                text(
                        s,
                        font,
                        15,
                        x,
                        h,
                        Messages.get(locale, "report.title", report.year())
                                + ": "
                                + top.name().in(locale));
                h -= 24;
                String[] lines = {
                    Messages.get(locale, "report.col.available") + ": " + y.availableHours(),
                    Messages.get(locale, "report.col.booked")
                            + ": "
                            + y.bookedHours()
                            + " ("
                            + y.utilisation()
                            + " %)",
                    Messages.get(locale, "report.col.used")
                            + ": "
                            + y.usedHours()
                            + " ("
                            + y.usedShare()
                            + " %)",
                    Messages.get(locale, "report.col.noShows") + ": " + y.noShowRate() + " %",
                    Messages.get(locale, "report.col.officeOccupancy")
                            + ": "
                            + y.officeOccupancy()
                            + " %",
                    Messages.get(locale, "report.col.market")
                            + ": "
                            + y.totalMarketValue().toPlainString(),
                    Messages.get(locale, "report.col.payments")
                            + ": "
                            + y.totalPayments().toPlainString(),
                    Messages.get(locale, "report.col.subsidy")
                            + ": "
                            + y.totalSubsidy().toPlainString()
                };
                for (String line : lines) {
                    text(s, font, 10, x, h, line);
                    h -= 14;
                }
                h -= 10;
                List<String> labels = new ArrayList<>();
                List<BigDecimal> values = new ArrayList<>();
                for (Place child : report.children(top.id())) {
                    labels.add(child.name().in(locale));
                    values.add(child.year().utilisation());
                }
                h =
                        chart(
                                s,
                                font,
                                x,
                                h,
                                Messages.get(locale, "report.chart.utilisation"),
                                labels,
                                values,
                                "%");
                labels = new ArrayList<>();
                values = new ArrayList<>();
                for (int m = 0; m < 12; m++) {
                    labels.add(Messages.get(locale, "report.month." + (m + 1)));
                    values.add(top.months().get(m).utilisation());
                }
                h =
                        chart(
                                s,
                                font,
                                x,
                                h,
                                Messages.get(locale, "report.chart.trend"),
                                labels,
                                values,
                                "%");
                labels = new ArrayList<>();
                values = new ArrayList<>();
                for (Money area : report.byArea()) {
                    labels.add(area.label().in(locale));
                    values.add(area.subsidy());
                }
                chart(
                        s,
                        font,
                        x,
                        h,
                        Messages.get(locale, "report.chart.subsidyByArea"),
                        labels,
                        values,
                        "");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Horizontal bars, each labelled with its value; returns where the next block starts. */
    private static float chart(
            PDPageContentStream s,
            PDType0Font font,
            float x,
            float top,
            String title,
            List<String> labels,
            List<BigDecimal> values,
            String unit)
            throws IOException {
        int shown = Math.min(labels.size(), 20);
        float bar = 9;
        float gap = 3;
        if (top - 20 - shown * (bar + gap) < 40) {
            return top; // no room left on the page: the tables carry the figures
        }
        text(s, font, 11, x, top, title);
        float y = top - 16;
        BigDecimal max = values.stream().limit(shown).reduce(BigDecimal.ZERO, BigDecimal::max);
        float width = 300;
        for (int i = 0; i < shown; i++) {
            String label = labels.get(i);
            text(s, font, 7, x, y + 1, label.length() > 32 ? label.substring(0, 31) + "…" : label);
            float w = max.signum() == 0 ? 0 : values.get(i).floatValue() / max.floatValue() * width;
            s.setNonStrokingColor(0.13f, 0.4f, 0.65f);
            s.addRect(x + 150, y, Math.max(w, 0.5f), bar);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
            text(
                    s,
                    font,
                    7,
                    x + 155 + w,
                    y + 1,
                    values.get(i).toPlainString() + (unit.isEmpty() ? "" : " " + unit));
            y -= bar + gap;
        }
        return y - 12;
    }

    private static void text(
            PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(PdfText.printable(font, text));
        s.endText();
    }
}
