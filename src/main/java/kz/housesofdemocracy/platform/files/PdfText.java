package kz.housesofdemocracy.platform.files;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of our PDFs and the text it can draw: the Liberation Sans that PDFBox carries writes
 * Kazakh, Russian and English; what it lacks is replaced (the tenge sign by "KZT") so that one
 * missing glyph never fails a whole document.
 */
public final class PdfText {

    private static final String FONT =
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfText() {}

    /** A document kept in memory (no temporary files, no mapped buffers). */
    public static PDDocument document() {
        return new PDDocument(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
    }

    public static PDType0Font font(PDDocument document) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream(FONT)) {
            return PDType0Font.load(document, in);
        }
    }

    public static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\n', ' ')
                .codePoints()
                .forEach(
                        c -> {
                            String one = new String(Character.toChars(c));
                            if (drawable(font, one)) {
                                out.append(one);
                            } else {
                                out.append(c == 0x20B8 ? "KZT" : "?");
                            }
                        });
        return out.toString();
    }

    private static boolean drawable(PDType0Font font, String one) {
        try {
            font.encode(one);
            return true;
        } catch (IllegalArgumentException | IllegalStateException | IOException missing) {
            return false;
        }
    }
}
