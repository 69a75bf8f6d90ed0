package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aScannerReadsTheAddressBack() throws Exception {
        String address = "http://localhost:8080/ngo/checkin.xhtml?room=42";
        var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(address, 300)));
        assertEquals(300, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertEquals(address, new QRCodeReader().decode(bitmap).getText());
    }
}
