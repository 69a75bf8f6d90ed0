package kz.housesofdemocracy.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * The export types the tables' buttons use ({@code WEB-INF/includes/table-export.xhtml}): {@code
 * #{tableExports.csv}} names the CSV exporter that neutralises formulas ({@link
 * NeutralCsvExporter}). PrimeFaces reads an exporter's type when the button is pressed, before it
 * looks the exporter up, so reading the name registers the exporter first (once per application); a
 * type PrimeFaces did not know would fail loudly rather than export unsafe cells.
 */
@Named
@ApplicationScoped
public class TableExports {

    /** The type under which the neutralising CSV exporter is registered for data tables. */
    public static final String CSV = "neutralcsv";

    private final AtomicBoolean registered = new AtomicBoolean();

    public String getCsv() {
        if (!registered.get()) {
            synchronized (this) {
                if (!registered.get()) {
                    DataExporters.register(DataTable.class, NeutralCsvExporter.class, CSV);
                    registered.set(true);
                }
            }
        }
        return CSV;
    }
}
