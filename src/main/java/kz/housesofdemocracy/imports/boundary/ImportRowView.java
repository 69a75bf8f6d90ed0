package kz.housesofdemocracy.imports.boundary;

import java.util.List;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One checked row of an import: its number in the file (1 = first data row), outcome, reason. */
@Schema(name = "ImportRow", description = "What checking or applying one row of a file found.")
public record ImportRowView(
        @Schema(required = true, description = "1 = the first row under the headers.")
                int rowNumber,
        @Schema(required = true) RowOutcome outcome,
        @Schema(
                        nullable = true,
                        description = "For REFUSE: the reason as a bundle key (import.refused.*).")
                String reasonKey,
        @Schema(required = true, description = "The reason's arguments, in order.")
                List<String> reasonArgs,
        @Schema(
                        required = true,
                        description =
                                "For REFUSE: the reason as the reader reads it, in the language"
                                        + " asked for (a field named by its label); else empty.")
                String reason,
        @Schema(
                        required = true,
                        description =
                                "A short text naming the row (its BIN and name, a room's names…),"
                                        + " its words in the language asked for.")
                String summary) {}
