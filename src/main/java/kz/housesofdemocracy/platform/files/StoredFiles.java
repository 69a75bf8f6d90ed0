package kz.housesofdemocracy.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
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
}
