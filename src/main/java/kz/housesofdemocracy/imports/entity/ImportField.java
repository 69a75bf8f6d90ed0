package kz.housesofdemocracy.imports.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A field a row may carry; a file's headers are matched (case- and space-insensitive) to these
 * synonyms, in Kazakh, Russian and English.
 */
@Schema(
        name = "ImportField",
        description =
                "A field a file may carry; headers matching one of `headers` (case- and"
                        + " space-insensitive) are mapped to it.")
public record ImportField(
        @Schema(required = true) String key,
        @Schema(required = true) boolean required,
        @Schema(required = true) List<String> headers) {

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
