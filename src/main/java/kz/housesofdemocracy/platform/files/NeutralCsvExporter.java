package kz.housesofdemocracy.platform.files;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a table with every cell (and header) passed through {@link
 * SpreadsheetCells#neutral} first; quoting stays PrimeFaces' own (every cell quoted, quotes
 * doubled). Registered by {@link TableExports}, which the tables' export buttons name as their
 * type.
 */
public class NeutralCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(
            FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, neutral(value), index);
    }

    @Override
    protected void exportColumnFacetValue(
            FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, neutral(value), index);
    }

    private static ColumnValue neutral(ColumnValue value) {
        if (value == null || value.getValue() == null) {
            return value;
        }
        String text = value.toString();
        return SpreadsheetCells.startsFormula(text)
                ? ColumnValue.of(SpreadsheetCells.neutral(text))
                : value;
    }
}
