package kz.housesofdemocracy.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    private Account account() {
        return new Account(" Someone@Example.KZ ", " Айгерім ", "hash", Language.KK, now);
    }

    @Test
    void normalizesTheAddressAndStartsPending() {
        Account a = account();
        assertEquals("someone@example.kz", a.email());
        assertEquals("Айгерім", a.displayName());
        assertEquals(AccountStatus.PENDING, a.status());
        a.confirm(now);
        assertTrue(a.isActive());
    }

    @Test
    void theFifthFailureInARowLocksForAQuarterOfAnHour() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.signInFailed(now);
        }
        assertFalse(a.isLocked(now));
        a.signInFailed(now);
        assertTrue(a.isLocked(now));
        assertTrue(a.isLocked(now.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(a.isLocked(now.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessResetsTheCount() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.signInFailed(now);
        }
        a.signedIn();
        a.signInFailed(now);
        assertFalse(a.isLocked(now));
    }

    @Test
    void aNewPasswordAndSignOutEverywhereEndSessions() {
        Account a = account();
        int epoch = a.sessionEpoch();
        a.changePassword("other");
        assertEquals(epoch + 1, a.sessionEpoch());
        a.signOutEverywhere();
        assertEquals(epoch + 2, a.sessionEpoch());
    }

    @Test
    void aGrantsScopeMustFitItsRole() {
        Account a = account();
        Refusal noHouse =
                assertThrows(
                        Refusal.class, () -> RoleGrant.of(a, Role.HOUSE_MANAGER, null, null, now));
        assertEquals("validation.house.required", noHouse.fields().get(0).key());
        Refusal noRegion =
                assertThrows(
                        Refusal.class,
                        () -> RoleGrant.of(a, Role.AKIMAT_APPROVER, null, null, now));
        assertEquals("validation.region.required", noRegion.fields().get(0).key());
        assertEquals(
                Role.NATIONAL_ADMIN, RoleGrant.of(a, Role.NATIONAL_ADMIN, null, null, now).role());
    }

    @Test
    void aOneTimeTokenIsSingleUseAndExpires() {
        Account a = account();
        OneTimeToken token = new OneTimeToken(a, OneTimeToken.Purpose.RESET_PASSWORD, "h", now);
        assertTrue(token.usableFor(OneTimeToken.Purpose.RESET_PASSWORD, now.plusSeconds(3599)));
        assertFalse(token.usableFor(OneTimeToken.Purpose.RESET_PASSWORD, now.plusSeconds(3600)));
        assertFalse(token.usableFor(OneTimeToken.Purpose.CONFIRM_EMAIL, now));
        token.use(OneTimeToken.Purpose.RESET_PASSWORD, now);
        assertFalse(token.usableFor(OneTimeToken.Purpose.RESET_PASSWORD, now));
        Refusal again =
                assertThrows(
                        Refusal.class, () -> token.use(OneTimeToken.Purpose.RESET_PASSWORD, now));
        assertEquals(410, again.status());
        assertEquals("refusal.link.invalid", again.key());
    }
}
