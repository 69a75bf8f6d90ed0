package kz.housesofdemocracy.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kz.housesofdemocracy.platform.files.PdfText;
import kz.housesofdemocracy.platform.i18n.Amounts;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report as a one-page PDF: the totals of its top place, then three bar charts (the children's
 * utilisation, the months' utilisation, subsidy by activity area), figures written the way the
 * reader's language writes them ("13 000,00 ₸").
 */
public final class ReportPdf {

    private static final float LEFT = 50;

    private ReportPdf() {}

    public static byte[] write(OccupancyReport report, Locale locale) {
        try (PDDocument document = PdfText.document()) {
            PDType0Font font = PdfText.font(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float h = totals(s, font, report, locale);
                charts(s, font, h - 10, report, locale);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title and the top place's year; returns where the next block starts. */
    private static float totals(
            PDPageContentStream s, PDType0Font font, OccupancyReport report, Locale locale)
            throws IOException {
        Place top = report.top();
        Figures y = top.year();
        float h = PDRectangle.A4.getHeight() - 50;
        String title = Messages.get(locale, "report.title", report.year());
        text(s, font, 15, LEFT, h, title + ": " + top.name().in(locale));
        h -= 24;
        String[] lines = {
            label(locale, "report.col.available") + Amounts.number(y.availableHours(), locale),
            label(locale, "report.col.booked")
                    + Amounts.number(y.bookedHours(), locale)
                    + " ("
                    + Amounts.percent(y.utilisation(), locale)
                    + ")",
            label(locale, "report.col.used")
                    + Amounts.number(y.usedHours(), locale)
                    + " ("
                    + Amounts.percent(y.usedShare(), locale)
                    + ")",
            label(locale, "report.col.noShows") + Amounts.percent(y.noShowRate(), locale),
            label(locale, "report.col.officeOccupancy")
                    + Amounts.percent(y.officeOccupancy(), locale),
            label(locale, "report.col.market") + Amounts.money(y.totalMarketValue(), locale),
            label(locale, "report.col.payments") + Amounts.money(y.totalPayments(), locale),
            label(locale, "report.col.subsidy") + Amounts.money(y.totalSubsidy(), locale)
        };
        for (String line : lines) {
            text(s, font, 10, LEFT, h, line);
            h -= 14;
        }
        return h;
    }

    private static String label(Locale locale, String key) {
        return Messages.get(locale, key) + ": ";
    }

    private static void charts(
            PDPageContentStream s, PDType0Font font, float h, OccupancyReport report, Locale locale)
            throws IOException {
        Place top = report.top();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Place child : report.children(top.id())) {
            labels.add(child.name().in(locale));
            values.add(child.year().utilisation());
        }
        String title = Messages.get(locale, "report.chart.utilisation");
        Function<BigDecimal, String> percent = v -> Amounts.percent(v, locale);
        h = chart(s, font, h, title, labels, values, percent);
        labels = new ArrayList<>();
        values = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            labels.add(Messages.get(locale, "report.month." + (m + 1)));
            values.add(top.months().get(m).utilisation());
        }
        h = chart(s, font, h, Messages.get(locale, "report.chart.trend"), labels, values, percent);
        labels = new ArrayList<>();
        values = new ArrayList<>();
        for (Money area : report.byArea()) {
            if (!area.suppressed()) { // a suppressed area's subsidy is in the suppressed line
                labels.add(area.label().in(locale));
                values.add(area.subsidy());
            }
        }
        title = Messages.get(locale, "report.chart.subsidyByArea");
        chart(s, font, h, title, labels, values, v -> Amounts.money(v, locale));
    }

    /** Horizontal bars, each labelled with its value; returns where the next block starts. */
    private static float chart(
            PDPageContentStream s,
            PDType0Font font,
            float top,
            String title,
            List<String> labels,
            List<BigDecimal> values,
            Function<BigDecimal, String> format)
            throws IOException {
        int shown = Math.min(labels.size(), 20);
        float bar = 9;
        float gap = 3;
        if (top - 20 - shown * (bar + gap) < 40) {
            return top; // no room left on the page: the tables carry the figures
        }
        float x = LEFT;
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
            String value = format.apply(values.get(i));
            text(s, font, 7, x + 155 + w, y + 1, value);
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
