package kz.housesofdemocracy.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema and reference data up to date before anything else touches the database.
 * Outside any JTA transaction: Flyway manages its own commits. Start-up beans that use JPA declare
 * {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    /** "postgresql" or "h2", from the database the datasource reaches. */
    private String vendor() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? "postgresql"
                    : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    @PostConstruct
    void migrate() {
        // Only the integration tests on PostgreSQL set this: their database outlives a run, so
        // each run starts it empty (H2's file is simply deleted). Never set in production.
        boolean fresh = Boolean.getBoolean("hod.db.fresh");
        Flyway flyway =
                Flyway.configure()
                        .dataSource(dataSource)
                        // Shared scripts, then the few that differ by database (h2, postgresql);
                        // a version lives in exactly one of them for each database.
                        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                        .cleanDisabled(!fresh)
                        .load();
        if (fresh) {
            flyway.clean();
        }
        MigrateResult result = flyway.migrate();
        LOG.info(
                () ->
                        "Database schema at version "
                                + result.targetSchemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migrations applied now)");
    }
}
