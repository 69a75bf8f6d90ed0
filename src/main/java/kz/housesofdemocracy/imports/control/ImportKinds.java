package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.platform.Refusal;

/** Finds the {@link RowKind} bean that reads a kind of file. */
@ApplicationScoped
public class ImportKinds {

    @Inject @Any private Instance<RowKind> kinds;

    public RowKind of(ImportKind kind) {
        for (RowKind k : kinds) {
            if (k.kind() == kind) {
                return k;
            }
        }
        throw Refusal.invalid("kind", "validation.import.kind", kind.name());
    }
}
