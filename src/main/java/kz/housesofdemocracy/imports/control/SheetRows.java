package kz.housesofdemocracy.imports.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a stored file row by row and hands each row to a sink, never holding the file: CSV through
 * Commons CSV, XLSX (its first sheet) through POI's SAX reader with shared strings, dates written
 * as ISO dates. Row 0 is the header row; blank rows are skipped.
 */
public final class SheetRows {

    /** Receives rows in file order; returns false to stop reading. */
    @FunctionalInterface
    public interface Sink {
        boolean row(int number, List<String> cells);
    }

    /** A file that cannot be read as what it claims to be. */
    public static class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(Throwable cause) {
            super(cause);
        }
    }

    private SheetRows() {}

    public static void read(Path file, FileFormat format, Sink sink) {
        Sink guarded =
                (number, cells) -> {
                    try {
                        return sink.row(number, cells);
                    } catch (RuntimeException e) {
                        throw new SinkFailed(e);
                    }
                };
        try {
            if (format.isCsv()) {
                readCsv(file, format, guarded);
            } else {
                readXlsx(file, guarded);
            }
        } catch (Stop stop) {
            // the sink had enough
        } catch (SinkFailed failed) {
            throw (RuntimeException) failed.getCause();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException e) {
            // a malformed CSV (an open quote), not a workbook, a broken sheet
            throw new Unreadable(e);
        }
    }

    /** What the sink threw, carried through the parsers untouched. */
    private static final class SinkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailed(RuntimeException cause) {
            super(cause);
        }
    }

    /** The header row, or an empty list for an empty file. */
    public static List<String> headers(Path file, FileFormat format) {
        List<String> headers = new ArrayList<>();
        read(
                file,
                format,
                (number, cells) -> {
                    headers.addAll(cells);
                    return false;
                });
        return headers;
    }

    private static void readCsv(Path file, FileFormat format, Sink sink) throws IOException {
        CSVFormat csv =
                CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(format.delimiter())
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get();
        try (BufferedReader in = CsvSniff.open(file, format.charset());
                CSVParser parser = CSVParser.parse(in, csv)) {
            int number = 0;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!sink.row(number++, cells)) {
                    return;
                }
            }
        }
    }

    private static void readXlsx(Path file, Sink sink)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(
                                styles, null, strings, new Rows(sink), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        }
    }

    /** Thrown through the SAX parser to stop it when the sink has had enough. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Collects a sheet row's cells by column (missing cells are blank). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Sink sink;
        private final List<String> cells = new ArrayList<>();
        private int number;

        Rows(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            List<String> row = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
            if (!sink.row(number++, row)) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value);
        }
    }

    /** Formats date cells as ISO dates (yyyy-MM-dd) and numbers without grouping. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, false).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
