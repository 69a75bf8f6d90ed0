package kz.housesofdemocracy.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Uploaded files, outside the web root: {@code <hod.data.dir>/<folder>/<random>.<ext>}. Names are
 * ours, never the uploader's; a file is written under a temporary name and moved into place.
 */
@ApplicationScoped
public class StoredFiles {

    private static final String KEY = "[0-9a-f-]{36}\\.[a-z]{3,4}";

    public Path folder(String name) {
        String base =
                System.getProperty(
                        "hod.data.dir",
                        System.getProperty(
                                "jboss.server.data.dir", System.getProperty("java.io.tmpdir")));
        return Path.of(base, name);
    }

    /** Stores the bytes and returns the key to read them by. */
    public String save(String folder, byte[] content, String extension) {
        String key = UUID.randomUUID() + "." + extension;
        try {
            Path dir = folder(folder);
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file", e);
        }
        return key;
    }

    public byte[] read(String folder, String key) {
        if (key == null || !key.matches(KEY)) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        try {
            return Files.readAllBytes(folder(folder).resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("stored file missing: " + key, e);
        }
    }

    public void delete(String folder, String key) {
        if (key == null || !key.matches(KEY)) {
            return;
        }
        try {
            Files.deleteIfExists(folder(folder).resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores a stream as it comes (never whole in memory), at most {@code maxBytes}; returns the
     * key, or throws {@link TooLarge} (and keeps nothing) when the stream is longer.
     */
    public String save(String folder, InputStream content, String extension, long maxBytes) {
        String key = UUID.randomUUID() + "." + extension;
        Path temporary = null;
        try {
            Path dir = folder(folder);
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, "upload-", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new TooLarge();
                    }
                    out.write(buffer, 0, n);
                }
            }
            Files.move(temporary, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file stays; a later clean-up may remove it
                }
            }
        }
        return key;
    }

    /** Where a stored file is, to be read as a stream. */
    public Path path(String folder, String key) {
        if (key == null || !key.matches(KEY)) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return folder(folder).resolve(key);
    }

    /** A stream longer than its limit. */
    public static class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
