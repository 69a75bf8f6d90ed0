package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.imports.entity.ImportJob;
import kz.housesofdemocracy.imports.entity.ImportRow;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import kz.housesofdemocracy.platform.files.StoredFiles;
import kz.housesofdemocracy.platform.i18n.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The refused rows of a job as a workbook to correct and upload again: the row's number, its cells
 * as uploaded under the file's own headers, and the reason in the reader's language. Written by
 * POI's streaming SXSSF (100 rows in memory), the file read again as a stream.
 */
@ApplicationScoped
public class RefusedWorkbook {

    private static final int PAGE = 1000;

    @Inject private ImportJobs jobs;
    @Inject private StoredFiles files;

    public void write(ImportJob job, Locale locale, OutputStream out) {
        Map<Integer, String> reasons = reasons(job, locale);
        FileFormat format =
                FileFormat.CSV.equals(job.fileType())
                        ? FileFormat.csv(Charset.forName(job.charset()), job.delimiter().charAt(0))
                        : FileFormat.xlsx();
        int width = JobJson.list(job.headers()).size();
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet =
                    book.createSheet(Messages.get(locale, "import.refusedWorkbook.sheet"));
            int[] next = {0};
            SheetRows.read(
                    files.path(ImportJobs.FOLDER, job.fileKey()),
                    format,
                    (number, cells) -> {
                        if (number == 0) {
                            row(
                                    sheet,
                                    width,
                                    next[0]++,
                                    Messages.get(locale, "import.refusedWorkbook.row"),
                                    cells,
                                    Messages.get(locale, "import.refusedWorkbook.reason"));
                        } else if (reasons.containsKey(number)) {
                            row(
                                    sheet,
                                    width,
                                    next[0]++,
                                    String.valueOf(number),
                                    cells,
                                    reasons.get(number));
                        }
                        return true;
                    });
            sheet.createFreezePane(0, 1);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    private Map<Integer, String> reasons(ImportJob job, Locale locale) {
        Map<Integer, String> reasons = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<ImportRow> page = jobs.rows(job.id(), RowOutcome.REFUSE, first, PAGE);
            for (ImportRow r : page) {
                reasons.put(r.rowNumber(), RowTexts.reason(locale, r.reasonKey(), r.reasonArgs()));
            }
            if (page.size() < PAGE) {
                return reasons;
            }
        }
    }

    private static void row(
            SXSSFSheet sheet,
            int width,
            int index,
            String number,
            List<String> cells,
            String reason) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(number);
        int c = 1;
        for (String value : cells) {
            row.createCell(c++).setCellValue(value);
        }
        Cell last = row.createCell(Math.max(c, width + 1));
        last.setCellValue(reason);
    }
}
