package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Photo files, outside the web root: {@code <hod.data.dir>/photos/<random>.jpg}. Names are ours,
 * never the uploader's; files are written to a temporary name and moved into place.
 */
@ApplicationScoped
public class PhotoStore {

    public Path folder() {
        String base =
                System.getProperty(
                        "hod.data.dir",
                        System.getProperty(
                                "jboss.server.data.dir", System.getProperty("java.io.tmpdir")));
        return Path.of(base, "photos");
    }

    public String save(byte[] jpeg) {
        String key = UUID.randomUUID() + ".jpg";
        try {
            Files.createDirectories(folder());
            Path temporary = Files.createTempFile(folder(), "upload-", ".part");
            Files.write(temporary, jpeg);
            Files.move(temporary, folder().resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a photo", e);
        }
        return key;
    }

    public byte[] read(String key) {
        if (!key.matches("[0-9a-f-]{36}\\.jpg")) {
            throw new IllegalArgumentException("not a photo key: " + key);
        }
        try {
            return Files.readAllBytes(folder().resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("photo file missing: " + key, e);
        }
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(folder().resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
