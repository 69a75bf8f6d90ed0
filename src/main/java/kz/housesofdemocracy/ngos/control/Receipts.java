package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.files.StoredFiles;

/** Filing receipts: PDF only (checked by content), at most 10 MB, kept in the file store. */
@ApplicationScoped
public class Receipts {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String FOLDER = "receipts";

    @Inject private StoredFiles files;

    /** Adds the receipt's problems to the check; an empty receipt is one only when required. */
    public static void check(InputCheck check, byte[] receipt, boolean required) {
        boolean empty = receipt == null || receipt.length == 0;
        check.when(required && empty, "receipt", "validation.required");
        if (!empty) {
            check.when(
                    receipt.length > MAX_BYTES,
                    "receipt",
                    "validation.receipt.tooBig",
                    MAX_BYTES / (1024 * 1024));
            check.when(!isPdf(receipt), "receipt", "validation.receipt.type");
        }
    }

    static boolean isPdf(byte[] data) {
        return data.length > 5
                && data[0] == '%'
                && data[1] == 'P'
                && data[2] == 'D'
                && data[3] == 'F'
                && data[4] == '-';
    }

    /** Stores the receipt and returns its key; no receipt, no key. */
    public String save(byte[] receipt) {
        return receipt == null || receipt.length == 0 ? null : files.save(FOLDER, receipt, "pdf");
    }

    public byte[] read(String key) {
        return files.read(FOLDER, key);
    }
}
