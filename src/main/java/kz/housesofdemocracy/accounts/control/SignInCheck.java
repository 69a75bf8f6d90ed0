package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import kz.housesofdemocracy.accounts.control.SignInOutcome.Result;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.AccountStatus;
import kz.housesofdemocracy.accounts.entity.OneTimeToken.Purpose;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;

/**
 * One sign-in attempt: over-long input refused before anything else, throttled per source address,
 * as slow for an unknown address as for a known one, locking an account after repeated wrong
 * passwords, and mailing a fresh confirmation link to an unconfirmed account. Every attempt is
 * audited.
 */
@ApplicationScoped
public class SignInCheck {

    private static final String ACCOUNT = "account";

    /**
     * A hash of nothing in particular, so that unknown addresses cost as much time as known ones.
     */
    private static final String DUMMY_HASH =
            new PasswordHashing().hash("no account has this password");

    private final PasswordHashing hashing = new PasswordHashing();

    @Inject private SignInThrottle throttle;
    @Inject private AccountQueries accounts;
    @Inject private OneTimeLinks links;
    @Inject private AccountLetters letters;
    @Inject private AuditTrail audit;

    /** Longest e-mail address there can be (RFC 5321 path limit less the brackets). */
    public static final int MAX_EMAIL = 254;

    /** Longer than any password manager makes; anything longer is not worth hashing. */
    public static final int MAX_PASSWORD = 1024;

    public SignInOutcome attempt(String email, String password, String source, Instant now) {
        if ((email != null && email.length() > MAX_EMAIL)
                || (password != null && password.length() > MAX_PASSWORD)) {
            // Checked before anything is remembered or hashed: no account has such an address.
            audit.record(null, null, "account.signInFailed", Subject.none(), "too long");
            return SignInOutcome.refused(Result.WRONG_CREDENTIALS);
        }
        String normalized = Account.normalize(email);
        long wait = throttle.waitSeconds(source, now);
        if (wait > 0) {
            audit.record(null, normalized, "account.signInThrottled", Subject.none(), null);
            return SignInOutcome.throttled(wait);
        }
        Optional<Account> found = accounts.byEmail(normalized);
        if (found.isEmpty()) {
            return unknownAddress(normalized, password, source, now);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            hashing.verify(password == null ? "" : password, DUMMY_HASH);
            failed(account, "locked");
            return SignInOutcome.refused(Result.LOCKED);
        }
        if (password == null || !hashing.verify(password, account.passwordHash())) {
            account.signInFailed(now);
            throttle.failed(source, now);
            failed(account, "wrong password");
            return SignInOutcome.refused(
                    account.isLocked(now) ? Result.LOCKED : Result.WRONG_CREDENTIALS);
        }
        if (!account.isActive()) {
            if (account.status() == AccountStatus.PENDING) {
                letters.confirmation(account, links.issue(account, Purpose.CONFIRM_EMAIL, now));
            }
            failed(account, "not confirmed");
            return SignInOutcome.refused(Result.UNCONFIRMED);
        }
        account.signedIn(); // the address's failures stay counted: a success buys no guesses
        audit.record(account.id(), account.email(), "account.signedIn", subject(account), null);
        return SignInOutcome.signedIn(accounts.callerOf(account), account.sessionEpoch());
    }

    private SignInOutcome unknownAddress(
            String normalized, String password, String source, Instant now) {
        hashing.verify(password == null ? "" : password, DUMMY_HASH); // same time as a real check
        throttle.failed(source, now);
        boolean locked =
                throttle.unknownEmailLocked(normalized, now)
                        || throttle.unknownEmailFailed(normalized, now);
        audit.record(null, normalized, "account.signInFailed", Subject.none(), "unknown address");
        return SignInOutcome.refused(locked ? Result.LOCKED : Result.WRONG_CREDENTIALS);
    }

    private void failed(Account account, String why) {
        audit.record(account.id(), account.email(), "account.signInFailed", subject(account), why);
    }

    private static Subject subject(Account account) {
        return Subject.of(ACCOUNT, account.id(), null);
    }
}
