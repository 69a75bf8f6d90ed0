package kz.housesofdemocracy.imports.boundary;

import java.util.Locale;

/** What the import page takes as a file: a CSV or an XLSX, named by its last path segment. */
final class ImportPageFiles {

    private ImportPageFiles() {}

    /** The name without any folder a browser sent along with it (old browsers send the path). */
    static String plain(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = submitted.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** Whether the name says CSV or XLSX: the only two formats the engine reads. */
    static boolean isAccepted(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }
}
