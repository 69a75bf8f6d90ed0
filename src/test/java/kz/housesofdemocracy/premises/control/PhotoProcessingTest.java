package kz.housesofdemocracy.premises.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.testing.Images;
import org.junit.jupiter.api.Test;

class PhotoProcessingTest {

    private static String refusal(byte[] upload) {
        Refusal refusal = assertThrows(Refusal.class, () -> PhotoProcessing.process(upload));
        assertEquals(422, refusal.status());
        return refusal.fields().get(0).key();
    }

    @Test
    void aPngBecomesAJpegOfTheSameSize() throws IOException {
        PhotoProcessing.Processed photo = PhotoProcessing.process(Images.png(640, 480));
        assertEquals(640, photo.width());
        assertEquals(480, photo.height());
        assertEquals(0xFF, photo.jpeg()[0] & 0xFF);
        assertEquals(0xD8, photo.jpeg()[1] & 0xFF);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertEquals(640, decoded.getWidth());
    }

    @Test
    void aLargePhotoIsScaledToTheDisplaySize() {
        PhotoProcessing.Processed photo = PhotoProcessing.process(Images.jpeg(3200, 2000));
        assertEquals(1600, photo.width());
        assertEquals(1000, photo.height());
    }

    @Test
    void aScriptNamedJpgIsRefusedByContent() {
        assertEquals("validation.photo.type", refusal(Images.scriptNamedJpg()));
    }

    @Test
    void otherImageTypesAreRefused() {
        byte[] gif =
                "GIF89a\u0001\u0000\u0001\u0000"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("validation.photo.type", refusal(gif));
    }

    @Test
    void anOversizedFileIsRefusedBeforeDecoding() {
        assertEquals(
                "validation.photo.tooBig",
                refusal(Images.oversizedJpeg(PhotoProcessing.MAX_BYTES + 1)));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        assertEquals("validation.photo.dimensions", refusal(Images.decompressionBomb()));
    }

    @Test
    void aTruncatedImageIsRefusedAsUnreadable() {
        byte[] png = Images.png(200, 200);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        assertEquals("validation.photo.unreadable", refusal(truncated));
    }

    @Test
    void nothingIsRefusedAsEmpty() {
        assertEquals("validation.photo.empty", refusal(new byte[0]));
    }
}
