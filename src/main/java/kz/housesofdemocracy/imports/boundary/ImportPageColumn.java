package kz.housesofdemocracy.imports.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of the uploaded file as the mapping's selects offer it: its index (the select's value)
 * and its header as read; a column without a header is offered by its number ({@code blank}).
 */
public record ImportPageColumn(int index, String header) implements Serializable {

    /** The columns of a file, in its order. */
    static List<ImportPageColumn> of(List<String> headers) {
        List<ImportPageColumn> columns = new ArrayList<>();
        if (headers != null) {
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i);
                columns.add(new ImportPageColumn(i, header == null ? "" : header.strip()));
            }
        }
        return columns;
    }

    /** The select's value. */
    public String value() {
        return Integer.toString(index);
    }

    /** Whether the file gave this column no header (the page then names it by its number). */
    public boolean blank() {
        return header.isEmpty();
    }

    /** The column's number as a person counts (1 = first). */
    public int number() {
        return index + 1;
    }
}
