package kz.housesofdemocracy.imports.boundary;

import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.ImportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as pages and REST show it: its file, mapping, status and progress. */
@Schema(
        name = "ImportJob",
        description =
                "An uploaded file being imported: its headers, the mapping of fields to columns,"
                        + " its status and progress (rows done of total, and what they came to).")
public record ImportJobView(
        @Schema(required = true) long id,
        @Schema(required = true) ImportKind kind,
        @Schema(required = true) ImportStatus status,
        @Schema(required = true, description = "The uploaded file's name.") String fileName,
        @Schema(required = true, description = "SHA-256 of the file's bytes, hexadecimal.")
                String fileHash,
        @Schema(required = true, description = "The file's header row, in column order.")
                List<String> headers,
        @Schema(required = true, description = "Field key → column index (0-based) in `headers`.")
                Map<String, Integer> mapping,
        @Schema(required = true, description = "The fields a file of this kind may carry.")
                List<ImportField> fields,
        @Schema(required = true, description = "Data rows in the file (headers not counted).")
                int total,
        @Schema(required = true, description = "Rows the current or last pass has done.") int done,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int refused,
        @Schema(
                        nullable = true,
                        description = "Why the job FAILED, as a bundle key; null otherwise.")
                String errorKey) {}
