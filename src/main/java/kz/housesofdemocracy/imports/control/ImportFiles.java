package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import kz.housesofdemocracy.imports.entity.ImportJob;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.files.StoredFiles;

/**
 * Keeps an uploaded file under the data directory for the background passes, streamed (never whole
 * in memory) with its SHA-256, and finds out how to read it: XLSX by its content (a ZIP), else CSV
 * with its charset and delimiter; then reads its headers and counts its rows.
 */
@ApplicationScoped
public class ImportFiles {

    /** The largest file taken: a registry export of 25,000 rows is a few megabytes. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    @Inject private StoredFiles files;

    public ImportJob.Upload store(
            ImportKind kind, Long houseId, String region, String fileName, InputStream in) {
        String name = fileName == null || fileName.isBlank() ? "upload" : clip(fileName.strip());
        MessageDigest sha = sha256();
        String key;
        try {
            key = files.save(ImportJobs.FOLDER, new DigestInputStream(in, sha), "dat", MAX_BYTES);
        } catch (StoredFiles.TooLarge e) {
            throw Refusal.invalid("file", "validation.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        Path path = files.path(ImportJobs.FOLDER, key);
        try {
            FileFormat format = isZip(path) ? FileFormat.xlsx() : CsvSniff.sniff(path);
            List<String> headers = SheetRows.headers(path, format);
            if (headers.isEmpty()) {
                throw Refusal.invalid("file", "validation.import.empty");
            }
            int[] rows = {0};
            SheetRows.read(
                    path,
                    format,
                    (number, cells) -> {
                        rows[0] = number;
                        return true;
                    });
            return new ImportJob.Upload(
                    kind,
                    houseId,
                    region,
                    name,
                    HexFormat.of().formatHex(sha.digest()),
                    key,
                    format.type(),
                    format.charset() == null ? null : format.charset().name(),
                    format.isCsv() ? String.valueOf(format.delimiter()) : null,
                    JobJson.list(headers),
                    rows[0]);
        } catch (SheetRows.Unreadable e) {
            files.delete(ImportJobs.FOLDER, key);
            throw Refusal.invalid("file", "validation.import.unreadable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            files.delete(ImportJobs.FOLDER, key);
            throw e;
        }
    }

    private static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP);
        }
    }

    private static String clip(String name) {
        String base = name.replaceAll("[\\p{Cc}/\\\\]", "_");
        return base.length() <= 255 ? base : base.substring(base.length() - 255);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
