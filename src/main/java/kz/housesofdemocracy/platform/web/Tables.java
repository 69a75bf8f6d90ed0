package kz.housesofdemocracy.platform.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.ExcelOptions;

/** What every staff list does alike: a new search starts on page one; exports keep text as text. */
public final class Tables {

    private Tables() {}

    /** Puts the table (by its client id, e.g. ":audit:lines") back on its first page. */
    public static void firstPage(String tableId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId)
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /**
     * Options of an XLSX export that write every cell as text: a BIN such as 040940001234 stays
     * twelve digits instead of becoming the number 4.09E+10.
     */
    public static ExcelOptions xlsxAsText() {
        var options = new ExcelOptions();
        options.setStronglyTypedCells(false);
        return options;
    }
}
