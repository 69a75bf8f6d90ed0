package kz.housesofdemocracy.imports.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.imports.entity.RowOutcome;

/**
 * A row of the import page's table as the view keeps it: its number, outcome, and its reason and
 * summary already in the page's language. Kept in the view (the lazy table holds its page of rows),
 * so it can be copied with the session to another node.
 */
public record ImportPageRow(int rowNumber, RowOutcome outcome, String reason, String summary)
        implements Serializable {

    static ImportPageRow of(ImportRowView row) {
        return new ImportPageRow(row.rowNumber(), row.outcome(), row.reason(), row.summary());
    }
}
