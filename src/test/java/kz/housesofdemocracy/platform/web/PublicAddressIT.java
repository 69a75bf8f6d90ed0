package kz.housesofdemocracy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Http;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 1 and 13 of issue 19: no request decides where the product's links point (the test
 * server's configured address is http://127.0.0.1:8080/hod-it, arquillian.xml), and the management
 * port's health details ask for credentials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicAddressIT {

    private static final String EVIL = "evil.example:8080";

    @ArquillianResource private URL base;

    @BeforeAll
    static void mailbox() {
        Mailbox.start();
    }

    @Test
    void aForeignHostHeaderDoesNotReachTheMailedLink() throws IOException {
        String email = Demo.freshEmail("host-header");
        String body =
                "{\"name\":\"Host Header\",\"email\":\""
                        + email
                        + "\",\"password\":\"Steppe-Eagle-2026\",\"language\":\"en\"}";
        Raw answer = raw("POST", "api/accounts", body);
        assertTrue(answer.status() / 100 == 2, "sign-up answered " + answer.status());

        Mailbox.Mail mail = Mailbox.await(email, "");
        String link = mail.link("/confirm.xhtml");
        assertTrue(link.startsWith(base + "confirm.xhtml?token="), link);
        assertFalse(mail.body().contains("evil.example"), mail.body());
    }

    @Test
    void aForeignHostHeaderDoesNotReachTheQrCode() throws Exception {
        Raw png = raw("GET", "api/rooms/1/qr.png", null);
        assertEquals(200, png.status());
        String text =
                new QRCodeReader()
                        .decode(
                                new BinaryBitmap(
                                        new HybridBinarizer(
                                                new BufferedImageLuminanceSource(
                                                        ImageIO.read(
                                                                new ByteArrayInputStream(
                                                                        png.body()))))))
                        .getText();
        assertTrue(text.startsWith(base.toString()), text);
    }

    @Test
    void healthDetailsNeedTheManagementCredentials() throws Exception {
        var health = Http.get(new URL("http://127.0.0.1:9990/"), "health");
        assertEquals(401, health.statusCode(), health.body());
        assertFalse(health.body().contains(".war"), health.body());
    }

    private record Raw(int status, byte[] body) {}

    /** One HTTP/1.1 exchange with a Host header of our choosing, as an attacker would send it. */
    private Raw raw(String method, String path, String json) throws IOException {
        byte[] content = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head =
                    method
                            + " "
                            + base.getPath()
                            + path
                            + " HTTP/1.1\r\nHost: "
                            + EVIL
                            + "\r\nAccept: application/json, image/png\r\nConnection: close\r\n"
                            + (json == null
                                    ? ""
                                    : "Content-Type: application/json\r\nContent-Length: "
                                            + content.length
                                            + "\r\n")
                            + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Raw parse(byte[] response) throws IOException {
        int split = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String head = new String(response, 0, split, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.substring(9, 12));
        byte[] body = Arrays.copyOfRange(response, split + 4, response.length);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Raw(status, body);
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            in.read();
            in.read();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no end of headers");
    }
}
