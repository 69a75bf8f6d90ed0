package kz.housesofdemocracy.imports.boundary;

import java.io.Serializable;
import java.util.Locale;
import kz.housesofdemocracy.imports.entity.RowOutcome;

/**
 * A row of the import page's table as the view keeps it: its number, outcome, reason already in the
 * page's language, and summary. Kept in the view (the lazy table holds its page of rows), so it can
 * be copied with the session to another node.
 */
public record ImportPageRow(int rowNumber, RowOutcome outcome, String reason, String summary)
        implements Serializable {

    static ImportPageRow of(ImportRowView row, Locale locale) {
        return new ImportPageRow(
                row.rowNumber(),
                row.outcome(),
                ImportPageTexts.reason(locale, row),
                row.summary() == null ? "" : row.summary());
    }
}
