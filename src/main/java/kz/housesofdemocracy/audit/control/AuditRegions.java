package kz.housesofdemocracy.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * The regions' names for the audit trail's readers. The trail keeps a region's code; premises sits
 * above audit, so the names are read from the region table by SQL (twenty rows), not through it.
 */
@ApplicationScoped
public class AuditRegions {

    @PersistenceContext private EntityManager em;

    /** Every region's name by its code, in the order of the codes. */
    public Map<String, LocalizedText> names() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT code, name_kk, name_ru, name_en FROM region ORDER BY code")
                        .getResultList();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.put(
                    (String) row[0],
                    new LocalizedText((String) row[1], (String) row[2], (String) row[3]));
        }
        return names;
    }
}
