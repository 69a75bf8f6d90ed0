package kz.housesofdemocracy.reports.control;

import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * A report as an XLSX workbook with number cells: the places for the year and by month, money by
 * each group of NGOs (by NGO only when the report names them) and the NGO counts.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {}

    public static byte[] write(OccupancyReport report, Locale locale) {
        XlsxWriter workbook = new XlsxWriter();
        workbook.sheet(
                Messages.get(locale, "report.sheet.places"),
                ReportTables.placeRows(report, locale, false));
        workbook.sheet(
                Messages.get(locale, "report.sheet.months"),
                ReportTables.placeRows(report, locale, true));
        money(workbook, "report.byArea", report.byArea(), locale);
        money(workbook, "report.byRegion", report.byRegion(), locale);
        money(workbook, "report.byLanguage", report.byLanguage(), locale);
        money(workbook, "report.byYouth", report.byYouth(), locale);
        money(workbook, "report.byFunding", report.byFunding(), locale);
        if (!report.byNgo().isEmpty()) {
            money(workbook, "report.byNgo", report.byNgo(), locale);
        }
        workbook.sheet(
                Messages.get(locale, "report.ngoCounts"), ReportTables.countRows(report, locale));
        return workbook.bytes();
    }

    private static void money(
            XlsxWriter workbook,
            String title,
            java.util.List<OccupancyReport.Money> groups,
            Locale locale) {
        workbook.sheet(Messages.get(locale, title), ReportTables.moneyRows(title, groups, locale));
    }
}
