package kz.housesofdemocracy.imports.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds out how a CSV file was written, reading it as a stream: UTF-8 (with or without a byte order
 * mark) if every byte decodes strictly as UTF-8, else Windows-1251 (what Excel writes for Russian
 * and Kazakh on Windows); the delimiter is whichever of {@code ;} and {@code ,} the header line
 * holds more of (outside quotes).
 */
public final class CsvSniff {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int BOM = 0xFEFF;

    private CsvSniff() {}

    public static FileFormat sniff(Path file) throws IOException {
        Charset charset = isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        try (BufferedReader in = open(file, charset)) {
            String header = in.readLine();
            return FileFormat.csv(charset, delimiter(header == null ? "" : header));
        }
    }

    /** A reader of the file in its charset, past a UTF-8 byte order mark if there is one. */
    public static BufferedReader open(Path file, Charset charset) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    /** Whether the whole stream decodes as UTF-8 without one malformed byte (read in chunks). */
    static boolean isStrictUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return isStrictUtf8(in);
        }
    }

    static boolean isStrictUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        byte[] chunk = new byte[32 * 1024];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            bytes.put(chunk, 0, n);
            bytes.flip();
            if (decoder.decode(bytes, chars, false).isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        if (decoder.decode(bytes, chars, true).isError()) {
            return false;
        }
        return !decoder.flush(chars).isError();
    }

    /** {@code ;} or {@code ,}: the one the header line holds more of outside quotes. */
    public static char delimiter(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
