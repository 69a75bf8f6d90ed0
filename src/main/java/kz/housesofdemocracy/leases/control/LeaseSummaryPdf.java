package kz.housesofdemocracy.leases.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A lease summary as a PDF of A4 pages: a title, label–value facts, then the monthly schedule as a
 * table that continues on new pages. The texts arrive already translated; the font is the
 * Liberation Sans that PDFBox carries, which writes Kazakh, Russian and English.
 */
public final class LeaseSummaryPdf {

    private static final float MARGIN = 56;
    private static final float LINE = 15;

    private LeaseSummaryPdf() {}

    /** A label and its value. */
    public record Fact(String label, String value) {}

    public static byte[] render(
            String title,
            List<Fact> facts,
            String scheduleTitle,
            List<String> columns,
            List<List<String>> rows) {
        try (PDDocument document = kz.housesofdemocracy.platform.files.PdfText.document()) {
            document.getDocumentInformation().setTitle(title);
            PDType0Font text = kz.housesofdemocracy.platform.files.PdfText.font(document);
            Writer writer = new Writer(document, text);
            writer.line(title, 16);
            writer.skip();
            for (Fact fact : facts) {
                writer.line(fact.label() + ": " + (fact.value() == null ? "—" : fact.value()), 10);
            }
            writer.skip();
            writer.line(scheduleTitle, 13);
            writer.row(columns, 10);
            for (List<String> row : rows) {
                writer.row(row, 10);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines down the page and starts a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void line(String text, float size) throws IOException {
            room(size);
            write(MARGIN, text, size);
            y -= Math.max(LINE, size * 1.5f);
        }

        void row(List<String> cells, float size) throws IOException {
            room(size);
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / cells.size();
            for (int i = 0; i < cells.size(); i++) {
                write(MARGIN + i * width, cells.get(i), size);
            }
            y -= LINE;
        }

        void skip() {
            y -= LINE / 2;
        }

        private void room(float size) throws IOException {
            if (y - size < MARGIN) {
                newPage();
            }
        }

        private void write(float x, String text, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(kz.housesofdemocracy.platform.files.PdfText.printable(font, text));
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
