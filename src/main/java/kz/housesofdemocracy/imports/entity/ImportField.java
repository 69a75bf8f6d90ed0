package kz.housesofdemocracy.imports.entity;

import java.util.List;

/**
 * A field a row may carry; a file's headers are matched (case- and space-insensitive) to these
 * synonyms, in Kazakh, Russian and English.
 */
public record ImportField(String key, boolean required, List<String> headers) {

    public ImportField {
        headers = List.copyOf(headers);
    }

    public static ImportField required(String key, String... headers) {
        return new ImportField(key, true, List.of(headers));
    }

    public static ImportField optional(String key, String... headers) {
        return new ImportField(key, false, List.of(headers));
    }
}
