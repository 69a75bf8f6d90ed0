package kz.housesofdemocracy.imports.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowCheck;

/**
 * One kind of file: its fields, and how one row is checked and applied. Implementations are CDI
 * {@code @ApplicationScoped} beans; {@code ImportKinds} finds them by {@link #kind()}.
 */
public interface RowKind {

    ImportKind kind();

    List<ImportField> fields();

    /**
     * Checks a row (values by field key, trimmed, blank = absent). Never writes. {@code keysSeen}
     * holds the keys of the rows before this one in the file (add this row's key to it): a row
     * whose key is already there is refused as a duplicate.
     */
    RowCheck check(ImportScope scope, Map<String, String> row, Set<String> keysSeen);

    /** Writes a row that checked CREATE or UPDATE, in the caller's transaction (JPA entities). */
    void apply(ImportScope scope, Map<String, String> row);
}
