package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.housesofdemocracy.platform.files.StoredFiles;

/**
 * Photo files, in the {@code photos} folder of the stored files; always JPEG (our own encoding).
 */
@ApplicationScoped
public class PhotoStore {

    private static final String FOLDER = "photos";

    @Inject private StoredFiles files;

    public String save(byte[] jpeg) {
        return files.save(FOLDER, jpeg, "jpg");
    }

    public byte[] read(String key) {
        return files.read(FOLDER, key);
    }

    public void delete(String key) {
        files.delete(FOLDER, key);
    }
}
