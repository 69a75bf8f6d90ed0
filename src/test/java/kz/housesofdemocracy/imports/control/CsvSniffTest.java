package kz.housesofdemocracy.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.imports.entity.ImportField;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploads: charset, delimiter, BOM, headers in three languages, XLSX cells and dates. */
class CsvSniffTest {

    @TempDir Path dir;

    private static final String HEADER_RU = "БИН;Наименование на казахском;Регион\n";
    private static final String ROW_RU = "150540001233;Жастар одағы;KZ-71\n";

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<List<String>> rows(Path file, FileFormat format) {
        List<List<String>> rows = new ArrayList<>();
        SheetRows.read(
                file,
                format,
                (n, cells) -> {
                    rows.add(cells);
                    return true;
                });
        return rows;
    }

    @Test
    void windows1251IsToldFromUtf8AndReadBack() throws IOException {
        Path cp1251 = file("a.csv", (HEADER_RU + ROW_RU).getBytes(CsvSniff.WINDOWS_1251));
        FileFormat format = CsvSniff.sniff(cp1251);
        assertEquals(CsvSniff.WINDOWS_1251, format.charset());
        assertEquals(';', format.delimiter());
        assertEquals(
                List.of("150540001233", "Жастар одағы".replace('ғ', '?'), "KZ-71").get(2),
                rows(cp1251, format).get(1).get(2));
        assertEquals("Наименование на казахском", rows(cp1251, format).get(0).get(1));
    }

    @Test
    void utf8WithAndWithoutBomGivesTheSameHeaders() throws IOException {
        byte[] plain = (HEADER_RU + ROW_RU).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(plain);
        for (Path p : List.of(file("plain.csv", plain), file("bom.csv", withBom.toByteArray()))) {
            FileFormat format = CsvSniff.sniff(p);
            assertEquals(StandardCharsets.UTF_8, format.charset());
            List<List<String>> rows = rows(p, format);
            assertEquals("БИН", rows.get(0).get(0), p.toString());
            assertEquals("Жастар одағы", rows.get(1).get(1));
        }
    }

    @Test
    void theDelimiterIsTheOneTheHeaderHoldsMoreOfOutsideQuotes() {
        assertEquals(',', CsvSniff.delimiter("BIN,Name,Region"));
        assertEquals(';', CsvSniff.delimiter("BIN;\"Name, full\";Region"));
        assertEquals(',', CsvSniff.delimiter("\"a;b\",c"));
    }

    @Test
    void aMultibyteCharacterSplitAcrossChunksIsStillUtf8() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 100_000) {
            text.append("ә");
        }
        assertTrue(
                CsvSniff.isStrictUtf8(
                        new java.io.ByteArrayInputStream(
                                text.toString().getBytes(StandardCharsets.UTF_8))));
        assertFalse(
                CsvSniff.isStrictUtf8(
                        new java.io.ByteArrayInputStream(
                                "Қазақстан".getBytes(CsvSniff.WINDOWS_1251))));
    }

    @Test
    void headersMatchInEachLanguageWhateverTheCaseAndSpaces() {
        List<ImportField> fields =
                List.of(
                        ImportField.optional("bin", "БСН", "БИН", "BIN"),
                        ImportField.required(
                                "name_kk", "Атауы (қазақша)", "Наименование на казахском"),
                        ImportField.required("region", "Өңір", "Регион", "Region"));
        assertEquals(
                Map.of("bin", 0, "name_kk", 1, "region", 2),
                HeaderMatch.map(fields, List.of("бсн", " Атауы  (Қазақша) ", "ӨҢІР"), Map.of()));
        assertEquals(
                Map.of("bin", 2, "region", 0),
                HeaderMatch.map(fields, List.of("region", "Other", "BIN"), Map.of()));
        assertEquals(
                Map.of("bin", 0, "name_kk", 1, "region", 2),
                HeaderMatch.map(
                        fields,
                        List.of("Номер", "Атауы", "Облыс коды"),
                        Map.of("bin", "номер", "name_kk", "атауы", "region", "облыс коды")),
                "the remembered header wins");
    }

    @Test
    void valuesAreTrimmedAndBlanksLeftOut() {
        assertEquals(
                Map.of("bin", "150540001233"),
                HeaderMatch.values(
                        Map.of("bin", 0, "name_kk", 1, "region", 5),
                        List.of(" 150540001233 ", "   ")));
    }

    @Test
    void anXlsxIsReadByItsFirstSheetWithDatesAsIsoAndGapsKept() throws IOException {
        Path xlsx = dir.resolve("a.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = book.createSheet("NGOs");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("BIN");
            h.createCell(1).setCellValue("Registered on");
            h.createCell(2).setCellValue("Name");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("150540001233");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            r.createCell(1).setCellValue(LocalDate.of(2019, 6, 15));
            r.getCell(1).setCellStyle(date);
            r.createCell(3).setCellValue(2023);
            book.createSheet("Other").createRow(0).createCell(0).setCellValue("ignored");
            book.write(out);
        }
        assertEquals(
                List.of("BIN", "Registered on", "Name"),
                SheetRows.headers(xlsx, FileFormat.xlsx()),
                "reading stops after the headers");
        List<List<String>> rows = rows(xlsx, FileFormat.xlsx());
        assertEquals(2, rows.size());
        assertEquals(List.of("BIN", "Registered on", "Name"), rows.get(0));
        assertEquals(List.of("150540001233", "2019-06-15", "", "2023"), rows.get(1));
    }

    @Test
    void whatTheSinkThrowsComesOutAsItselfAndBrokenFilesAsUnreadable() throws IOException {
        Path csv = file("s.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        IllegalStateException thrown =
                org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalStateException.class,
                        () ->
                                SheetRows.read(
                                        csv,
                                        FileFormat.csv(StandardCharsets.UTF_8, ';'),
                                        (n, cells) -> {
                                            throw new IllegalStateException("batch failed");
                                        }));
        assertEquals("batch failed", thrown.getMessage());
        Path notXlsx =
                file("n.xlsx", "PK\u0003\u0004 nothing".getBytes(StandardCharsets.ISO_8859_1));
        org.junit.jupiter.api.Assertions.assertThrows(
                SheetRows.Unreadable.class,
                () -> SheetRows.read(notXlsx, FileFormat.xlsx(), (n, cells) -> true));
        Path openQuote = file("q.csv", "a;b\n\"1;2\n".getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertThrows(
                SheetRows.Unreadable.class,
                () ->
                        SheetRows.read(
                                openQuote,
                                FileFormat.csv(StandardCharsets.UTF_8, ';'),
                                (n, cells) -> true));
    }

    @Test
    void datesAndYesNoInTheirUsualForms() {
        assertEquals(LocalDate.of(2019, 6, 15), NgoRowParse.date("2019-06-15"));
        assertEquals(LocalDate.of(2019, 6, 15), NgoRowParse.date("15.06.2019"));
        assertNull(NgoRowParse.date("2019-02-30"));
        assertNull(NgoRowParse.date("June 2019"));
        assertEquals(Boolean.TRUE, NgoRowParse.yesNo("Иә"));
        assertEquals(Boolean.FALSE, NgoRowParse.yesNo("нет"));
        assertNull(NgoRowParse.yesNo("maybe"));
    }
}
