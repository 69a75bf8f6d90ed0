package kz.housesofdemocracy.reports.boundary;

import java.util.Locale;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.control.ReportCsv;
import kz.housesofdemocracy.reports.control.ReportPdf;
import kz.housesofdemocracy.reports.control.ReportWorkbook;

/**
 * A report as a file in one language: CSV (open data), XLSX (number cells) or PDF (with its
 * charts). The writing is in {@link ReportCsv}, {@link ReportWorkbook} and {@link ReportPdf}.
 */
public final class ReportExports {

    private ReportExports() {}

    public static byte[] csv(OccupancyReport report, Locale locale) {
        return ReportCsv.write(report, locale);
    }

    public static byte[] xlsx(OccupancyReport report, Locale locale) {
        return ReportWorkbook.write(report, locale);
    }

    public static byte[] pdf(OccupancyReport report, Locale locale) {
        return ReportPdf.write(report, locale);
    }
}
