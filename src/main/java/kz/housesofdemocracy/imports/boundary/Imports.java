package kz.housesofdemocracy.imports.boundary;

import jakarta.ejb.Stateless;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowOutcome;

/** Imports of files (the façade pages and REST call): upload, map, dry run, apply, read back. */
@Stateless
public class Imports {

    public ImportJobView upload(
            Caller c, ImportKind kind, Long houseId, String fileName, InputStream in) {
        throw new UnsupportedOperationException();
    }

    /** Maps fields to column indexes (0-based); remembered per account and kind. */
    public ImportJobView map(Caller c, long jobId, Map<String, Integer> columnOfField) {
        throw new UnsupportedOperationException();
    }

    /** Starts the background check; returns at once. */
    public ImportJobView dryRun(Caller c, long jobId) {
        throw new UnsupportedOperationException();
    }

    /** Starts the background apply; returns at once. */
    public ImportJobView apply(Caller c, long jobId) {
        throw new UnsupportedOperationException();
    }

    public ImportJobView job(Caller c, long jobId) {
        throw new UnsupportedOperationException();
    }

    /** The checked rows, in file order; {@code onlyThis} null = all outcomes. */
    public List<ImportRowView> rows(Caller c, long jobId, RowOutcome onlyThis, int first, int max) {
        throw new UnsupportedOperationException();
    }

    /** Writes an XLSX of the refused rows with a reason column in {@code locale}. */
    public void refusedWorkbook(Caller c, long jobId, Locale locale, OutputStream out) {
        throw new UnsupportedOperationException();
    }
}
