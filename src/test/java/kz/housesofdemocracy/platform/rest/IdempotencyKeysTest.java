package kz.housesofdemocracy.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The rules of an Idempotency-Key that need no server. */
class IdempotencyKeysTest {

    @Test
    void aKeyIsOneTo255PrintableAsciiCharacters() {
        assertTrue(IdempotencyKeys.validKey("3f2b8c1e-7d4a-4f1e-9c55-0b6a2e9d7c41"));
        assertTrue(IdempotencyKeys.validKey("a"));
        assertTrue(IdempotencyKeys.validKey("x".repeat(255)));
        assertFalse(IdempotencyKeys.validKey(null));
        assertFalse(IdempotencyKeys.validKey(""));
        assertFalse(IdempotencyKeys.validKey("x".repeat(256)));
        assertFalse(IdempotencyKeys.validKey("with space"));
        assertFalse(IdempotencyKeys.validKey("кілт"));
        assertFalse(IdempotencyKeys.validKey("tab\there"));
    }

    @Test
    void tokenSecretsAreNeverRemembered() {
        assertTrue(IdempotencyKeys.excluded("me/tokens"));
        assertTrue(IdempotencyKeys.excluded("/me/tokens"));
        assertTrue(IdempotencyKeys.excluded("/api/me/tokens"));
        assertFalse(IdempotencyKeys.excluded("/api/bookings"));
        assertFalse(IdempotencyKeys.excluded("bookings"));
    }

    @Test
    void theBodyIsKnownByItsSha256() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                IdempotencyKeys.sha256(new byte[0]));
        assertEquals(
                IdempotencyKeys.sha256("{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                IdempotencyKeys.sha256("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(
                IdempotencyKeys.sha256("{\"a\":1}".getBytes(StandardCharsets.UTF_8))
                        .equals(
                                IdempotencyKeys.sha256(
                                        "{\"a\":2}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aClashWithACommittedClaimAndAGivenUpWaitAreToldApart() {
        PersistenceException clash =
                new PersistenceException(new SQLException("duplicate", "23505", 23505));
        PersistenceException waited =
                new PersistenceException(new SQLException("timeout", "HYT00", 50200));
        PersistenceException other =
                new PersistenceException(new SQLException("broken", "08006", 0));
        assertTrue(IdempotencyKeys.isKeyClash(clash));
        assertFalse(IdempotencyKeys.isLockWait(clash));
        assertTrue(IdempotencyKeys.isLockWait(waited));
        assertFalse(IdempotencyKeys.isKeyClash(waited));
        assertFalse(IdempotencyKeys.isKeyClash(other) || IdempotencyKeys.isLockWait(other));
    }

    @Test
    void anOptimisticLockFailureIsAConcurrentUpdateHoweverWrapped() {
        assertTrue(
                ConcurrentUpdates.isConcurrentUpdate(
                        new EJBTransactionRolledbackException(
                                "rolled back",
                                new jakarta.persistence.OptimisticLockException("stale"))));
        assertTrue(
                ConcurrentUpdates.isConcurrentUpdate(
                        new PersistenceException(new OptimisticLockException())));
        assertFalse(ConcurrentUpdates.isConcurrentUpdate(new IllegalStateException("other")));
    }

    /** The provider's own exception, recognised by name so that platform needs no EclipseLink. */
    private static final class OptimisticLockException extends RuntimeException {}
}
