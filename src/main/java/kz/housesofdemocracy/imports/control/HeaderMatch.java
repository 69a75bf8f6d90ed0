package kz.housesofdemocracy.imports.control;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.imports.entity.ImportField;

/**
 * Matches a file's headers to a kind's fields: a remembered header first, then the field's synonyms
 * in Kazakh, Russian and English, compared normalised (lower case, trimmed, runs of spaces,
 * underscores and line breaks as one space).
 */
public final class HeaderMatch {

    private HeaderMatch() {}

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replace('\uFEFF', ' ')
                .replace('_', ' ')
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Field key → column index for every field some header matches; {@code remembered} maps field
     * keys to the (normalised) header text chosen last time.
     */
    public static Map<String, Integer> map(
            List<ImportField> fields, List<String> headers, Map<String, String> remembered) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            column.putIfAbsent(normalise(headers.get(i)), i);
        }
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (ImportField field : fields) {
            Integer found = column.get(normalise(remembered.get(field.key())));
            if (found == null) {
                found = column.get(normalise(field.key()));
            }
            for (int s = 0; found == null && s < field.headers().size(); s++) {
                found = column.get(normalise(field.headers().get(s)));
            }
            if (found != null && !mapping.containsValue(found)) {
                mapping.put(field.key(), found);
            }
        }
        return mapping;
    }

    /** Field key → normalised header text, what is remembered for next time. */
    public static Map<String, String> remember(Map<String, Integer> mapping, List<String> headers) {
        Map<String, String> texts = new LinkedHashMap<>();
        mapping.forEach(
                (key, col) -> {
                    if (col != null && col >= 0 && col < headers.size()) {
                        texts.put(key, normalise(headers.get(col)));
                    }
                });
        return texts;
    }

    /** A row's values by field key: trimmed, blanks left out. */
    public static Map<String, String> values(Map<String, Integer> mapping, List<String> cells) {
        Map<String, String> row = new HashMap<>();
        mapping.forEach(
                (key, col) -> {
                    if (col < cells.size()) {
                        String value = cells.get(col) == null ? "" : cells.get(col).strip();
                        if (!value.isEmpty()) {
                            row.put(key, value);
                        }
                    }
                });
        return row;
    }
}
