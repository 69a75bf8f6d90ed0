package kz.housesofdemocracy.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Test-only window into the persistence unit, used by in-container tests. */
@Stateless
public class PersistenceProbe {

    @PersistenceContext private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    public String entityManagerFactoryClass() {
        return em.getEntityManagerFactory().getClass().getName();
    }

    public String delegateClass() {
        return em.getDelegate().getClass().getName();
    }

    /** Counts the rows of every entity the metamodel knows, by entity name. */
    public Map<String, Long> rowsPerEntity() {
        Map<String, Long> counts = new TreeMap<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            counts.put(
                    type.getName(),
                    em.createQuery("SELECT COUNT(e) FROM " + type.getName() + " e", Long.class)
                            .getSingleResult());
        }
        return counts;
    }

    /** H2's WRITE_DELAY setting as the running database has it. */
    public String h2WriteDelay() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement(
                                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                        + " WHERE SETTING_NAME = 'WRITE_DELAY'");
                var result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : "not set";
        }
    }
}
