package kz.housesofdemocracy.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing fast = new PasswordHashing(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = fast.hash("Қызғалдақ-гүлі-2026");
        assertTrue(fast.verify("Қызғалдақ-гүлі-2026", hash));
        assertFalse(fast.verify("Қызғалдақ-гүлі-2027", hash));
        assertFalse(fast.verify("", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(fast.hash("same password here"), fast.hash("same password here"));
    }

    @Test
    void storesTheIterationCountSoOldHashesStayValid() {
        String hash = fast.hash("some long password");
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(new PasswordHashing().verify("some long password", hash));
    }

    @Test
    void usesSixHundredThousandIterationsByDefault() {
        assertTrue(new PasswordHashing().hash("x").startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(fast.verify("a", null));
        assertFalse(fast.verify("a", "plain"));
        assertFalse(fast.verify("a", "pbkdf2-sha256$x$y$z"));
        assertFalse(fast.verify("a", "pbkdf2-sha256$1000$!!$??"));
    }
}
