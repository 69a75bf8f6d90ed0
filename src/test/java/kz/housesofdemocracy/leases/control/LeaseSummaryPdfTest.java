package kz.housesofdemocracy.leases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LeaseSummaryPdfTest {

    @Test
    void kazakhRussianAndEnglishAreWrittenAndALongScheduleContinuesOnANewPage() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("2027-" + i, "200 000 ₸", "100 000 ₸", "100 000 ₸"));
        }
        byte[] pdf =
                LeaseSummaryPdf.render(
                        "Кеңсе жалдау туралы анықтама",
                        List.of(
                                new LeaseSummaryPdf.Fact(
                                        "ҮЕҰ", "«Әділет, ғылым, қоғам, ұлт, үміт, һәм ірі»"),
                                new LeaseSummaryPdf.Fact("НПО", "«Жастар бастамасы»"),
                                new LeaseSummaryPdf.Fact("Office", null)),
                        "Төлем кестесі",
                        List.of("Ай", "Нарықтық құны", "Төлем", "Субсидия"),
                        rows);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Кеңсе жалдау туралы анықтама"), text);
            assertTrue(text.contains("Әділет, ғылым, қоғам, ұлт, үміт, һәм ірі"), text);
            assertTrue(text.contains("Office: —"), text);
            assertTrue(text.contains("2027-60"), text);
        }
    }
}
