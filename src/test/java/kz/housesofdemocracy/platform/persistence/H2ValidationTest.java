package kz.housesofdemocracy.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * How the pool checks an H2 connection before lending it (issue 22). IronJacamar's check query sets
 * a query timeout first; H2 runs that as {@code SET QUERY_TIMEOUT}, which counts as a change of the
 * schema, and every session then re-parses every cached statement before its next use. With a check
 * on every borrow, the prepared-statement cache was useless (JFR: ~10 % of a booking's CPU). The H2
 * datasource therefore asks the connection itself ({@code isValid}).
 */
class H2ValidationTest {

    @Test
    void theH2DatasourceValidatesWithIsValidNotWithACheckQuery() throws IOException {
        String add =
                Files.readString(Path.of("wildfly-config/datasource.cli"))
                        .lines()
                        .filter(line -> line.contains("data-source=HodDS:add("))
                        .findFirst()
                        .orElseThrow();
        assertTrue(add.contains("validate-on-match=true"), add);
        assertTrue(
                add.contains(
                        "valid-connection-checker-class-name="
                                + "org.jboss.jca.adapters.jdbc.extensions.novendor"
                                + ".JDBC4ValidConnectionChecker"),
                add);
        assertFalse(add.contains("check-valid-connection-sql"), add);
    }

    @Test
    void aQueryTimeoutChangesH2sSchemaVersionAndIsValidDoesNot() throws SQLException {
        try (Connection connection =
                DriverManager.getConnection("jdbc:h2:mem:validation", "sa", "sa")) {
            long before = schemaVersion(connection);
            assertTrue(connection.isValid(5));
            assertEquals(before, schemaVersion(connection), "isValid leaves the schema as it was");
            try (Statement check = connection.createStatement()) {
                check.setQueryTimeout(5);
            }
            assertTrue(
                    schemaVersion(connection) > before,
                    "a query timeout counts as a change of the schema: every cached statement is"
                            + " parsed again");
        }
    }

    private static long schemaVersion(Connection connection) {
        return ((SessionLocal) ((JdbcConnection) connection).getSession())
                .getDatabase()
                .getModificationMetaId();
    }
}
