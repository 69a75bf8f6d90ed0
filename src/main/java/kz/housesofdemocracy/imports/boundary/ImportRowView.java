package kz.housesofdemocracy.imports.boundary;

import java.util.List;
import kz.housesofdemocracy.imports.entity.RowOutcome;

/** One checked row of an import: its number in the file (1 = first data row), outcome, reason. */
public record ImportRowView(
        int rowNumber,
        RowOutcome outcome,
        String reasonKey,
        List<String> reasonArgs,
        String summary) {}
