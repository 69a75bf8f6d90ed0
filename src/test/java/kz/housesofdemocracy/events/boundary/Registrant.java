package kz.housesofdemocracy.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Mailbox;

/**
 * A person registering for an event through the REST twin from a loopback address of its own
 * (127.x.y.z: Linux routes the whole block to the loopback interface), so that the per-address
 * brake sees a different source for each test, as it would for different people. Plain HTTP/1.1
 * over a socket, because java.net.http cannot choose its local address on Java 17.
 */
final class Registrant {

    /** A block of 250 source addresses per test run, so runs in one deployment do not meet. */
    private static final int BLOCK = ThreadLocalRandom.current().nextInt(1, 250);

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern CODE =
            Pattern.compile("(public/registration\\.xhtml\\?code=[A-Za-z0-9_-]+)");

    /** An answer: its status, headers (names lower-cased) and body. */
    record Reply(int status, Map<String, String> headers, String body) {
        JsonObject object() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private Registrant() {}

    /** A source address no other registration of this run uses. */
    static String freshSource() {
        int n = NEXT.incrementAndGet();
        return "127." + BLOCK + "." + (n / 250 + 1) + "." + (n % 250 + 1);
    }

    /** Asks to register from a fresh source address. */
    static Reply register(URL base, long event, String name, String email, String language) {
        return register(base, freshSource(), event, name, email, language);
    }

    /** Asks to register from the given loopback source address (Accept-Language: en). */
    static Reply register(
            URL base, String source, long event, String name, String email, String language) {
        String json =
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("email", email)
                        .add("organisation", "Test NGO")
                        .add("language", language)
                        .build()
                        .toString();
        return post(base, source, "api/events/" + event + "/registrations", json);
    }

    /** Registers and asserts the one answer every request gets. */
    static void requested(URL base, long event, String name, String email, String language) {
        Reply reply = register(base, event, name, email, language);
        assertEquals(202, reply.status(), reply.body());
        assertEquals("CHECK_MAIL", reply.object().getString("status"));
    }

    /** The confirmation link's path (relative to the application) in a mail. */
    static String confirmationPath(Mailbox.Mail mail) {
        Matcher m = CODE.matcher(mail.body());
        if (!m.find()) {
            throw new AssertionError("no confirmation link in: " + mail.body());
        }
        return m.group(1);
    }

    /** Follows the confirmation link as a browser would (a GET), in the given language. */
    static Api.Reply follow(URL base, String path, String language) {
        return Api.anonymous(base).language(language).get(path);
    }

    static Reply post(URL base, String source, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String target = base.getPath() + path;
        int port = base.getPort() == -1 ? 80 : base.getPort();
        try (Socket socket =
                new Socket(
                        InetAddress.getByName(
                                "localhost".equals(base.getHost()) ? "127.0.0.1" : base.getHost()),
                        port,
                        InetAddress.getByName(source),
                        0)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head =
                    "POST "
                            + target
                            + " HTTP/1.1\r\nHost: "
                            + base.getHost()
                            + ":"
                            + port
                            + "\r\nContent-Type: application/json\r\nAccept: application/json"
                            + "\r\nAccept-Language: en\r\nConnection: close\r\nContent-Length: "
                            + body.length
                            + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] lines = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, split + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = unchunk(rest);
        }
        return new Reply(status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int eol = indexOf(chunked, at, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String size = new String(chunked, at, eol - at, StandardCharsets.ISO_8859_1);
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, eol + 2, length);
            at = eol + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] what) {
        return indexOf(data, 0, what);
    }

    private static int indexOf(byte[] data, int from, byte[] what) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("malformed answer");
    }
}
