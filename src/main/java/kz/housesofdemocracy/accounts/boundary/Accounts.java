package kz.housesofdemocracy.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.control.PasswordHashing;
import kz.housesofdemocracy.accounts.control.PasswordRules;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.accounts.control.SignInOutcome;
import kz.housesofdemocracy.accounts.control.SignInThrottle;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.ApiToken;
import kz.housesofdemocracy.accounts.entity.OneTimeToken;
import kz.housesofdemocracy.accounts.entity.OneTimeToken.Purpose;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;

/**
 * People's own accounts: sign-up with a confirmed e-mail, sign-in with lock-out, password reset,
 * profile, API tokens. Answers never reveal whether an e-mail address is registered.
 */
@Stateless
public class Accounts {

    static final String ACCOUNT = "account";

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;
    @Inject private SignInThrottle throttle;

    private final PasswordHashing hashing = new PasswordHashing();

    /** What sign-up asks for. */
    public record SignUp(String name, String email, String password, Language language) {}

    /**
     * Creates a pending account and mails a confirmation link. For an address already registered it
     * stores nothing and mails its owner instead; the caller cannot tell the two apart.
     */
    public void signUp(SignUp request) {
        InputCheck.start()
                .text("name", request.name(), 120)
                .email("email", request.email())
                .present("language", request.language())
                .rule(
                        "password",
                        PasswordRules.broken(request.password(), request.email(), request.name()))
                .orRefuse();
        String email = Account.normalize(request.email());
        Instant now = clock.instant();
        Optional<Account> existing = byEmail(email);
        if (existing.isPresent()) {
            Account owner = existing.get();
            send(
                    owner.email(),
                    owner.language(),
                    "mail.alreadyRegistered",
                    owner.displayName(),
                    address.link("/sign-in.xhtml"));
            audit.record(
                    null,
                    email,
                    "account.signUpForExisting",
                    Subject.of(ACCOUNT, owner.id(), null),
                    null);
            return;
        }
        Account account =
                new Account(
                        email,
                        request.name(),
                        hashing.hash(request.password()),
                        request.language(),
                        now);
        em.persist(account);
        em.persist(RoleGrant.of(account, Role.NGO_REPRESENTATIVE, null, null, now));
        mailConfirmation(account, now);
        audit.record(null, email, "account.signUp", Subject.of(ACCOUNT, account.id(), null), null);
    }

    /** Confirms the address behind a link; a used or expired link is refused (410). */
    public void confirmEmail(String token) {
        OneTimeToken found = usableToken(token, Purpose.CONFIRM_EMAIL);
        Instant now = clock.instant();
        found.use(now);
        found.account().confirm(now);
        audit.record(
                found.account().id(),
                found.account().email(),
                "account.emailConfirmed",
                Subject.of(ACCOUNT, found.account().id(), null),
                null);
    }

    /** Mails a reset link when the address has an account; answers the same either way. */
    public void requestPasswordReset(String email) {
        InputCheck.start().email("email", email).orRefuse();
        byEmail(Account.normalize(email))
                .filter(
                        a ->
                                a.status()
                                        != kz.housesofdemocracy.accounts.entity.AccountStatus
                                                .DISABLED)
                .ifPresent(
                        account -> {
                            Instant now = clock.instant();
                            String token = SecretTokens.generate();
                            em.persist(
                                    new OneTimeToken(
                                            account,
                                            Purpose.RESET_PASSWORD,
                                            SecretTokens.hash(token),
                                            now));
                            send(
                                    account.email(),
                                    account.language(),
                                    "mail.reset",
                                    account.displayName(),
                                    address.link("/reset-password.xhtml?token=" + token));
                            audit.record(
                                    account.id(),
                                    account.email(),
                                    "account.passwordResetRequested",
                                    Subject.of(ACCOUNT, account.id(), null),
                                    null);
                        });
    }

    /** Sets a new password from a reset link; every session of the account ends. */
    public void resetPassword(String token, String newPassword) {
        OneTimeToken found = usableToken(token, Purpose.RESET_PASSWORD);
        Account account = found.account();
        InputCheck.start()
                .rule(
                        "password",
                        PasswordRules.broken(newPassword, account.email(), account.displayName()))
                .orRefuse();
        Instant now = clock.instant();
        found.use(now);
        account.changePassword(hashing.hash(newPassword));
        account.confirm(now);
        account.signedIn();
        audit.record(
                account.id(),
                account.email(),
                "account.passwordReset",
                Subject.of(ACCOUNT, account.id(), null),
                null);
    }

    /**
     * Checks a sign-in. Refusals are returned, not thrown, so the failure count and the audit line
     * commit.
     */
    public SignInOutcome signIn(String email, String password, String sourceAddress) {
        Instant now = clock.instant();
        long wait = throttle.waitSeconds(sourceAddress, now);
        if (wait > 0) {
            audit.record(
                    null,
                    Account.normalize(email),
                    "account.signInThrottled",
                    Subject.none(),
                    null);
            return SignInOutcome.throttled(wait);
        }
        String normalized = Account.normalize(email);
        Optional<Account> found = byEmail(normalized);
        if (found.isEmpty()) {
            hashing.verify(
                    password == null ? "" : password, DUMMY_HASH); // same time as a real check
            throttle.failed(sourceAddress, now);
            boolean locked =
                    throttle.unknownEmailLocked(normalized, now)
                            || throttle.unknownEmailFailed(normalized, now);
            audit.record(
                    null, normalized, "account.signInFailed", Subject.none(), "unknown address");
            return SignInOutcome.refused(
                    locked ? SignInOutcome.Result.LOCKED : SignInOutcome.Result.WRONG_CREDENTIALS);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            hashing.verify(password == null ? "" : password, DUMMY_HASH);
            audit.record(
                    account.id(),
                    account.email(),
                    "account.signInFailed",
                    Subject.of(ACCOUNT, account.id(), null),
                    "locked");
            return SignInOutcome.refused(SignInOutcome.Result.LOCKED);
        }
        if (password == null || !hashing.verify(password, account.passwordHash())) {
            account.signInFailed(now);
            throttle.failed(sourceAddress, now);
            audit.record(
                    account.id(),
                    account.email(),
                    "account.signInFailed",
                    Subject.of(ACCOUNT, account.id(), null),
                    "wrong password");
            return SignInOutcome.refused(
                    account.isLocked(now)
                            ? SignInOutcome.Result.LOCKED
                            : SignInOutcome.Result.WRONG_CREDENTIALS);
        }
        if (!account.isActive()) {
            if (account.status() == kz.housesofdemocracy.accounts.entity.AccountStatus.PENDING) {
                mailConfirmation(account, now);
            }
            audit.record(
                    account.id(),
                    account.email(),
                    "account.signInFailed",
                    Subject.of(ACCOUNT, account.id(), null),
                    "not confirmed");
            return SignInOutcome.refused(SignInOutcome.Result.UNCONFIRMED);
        }
        account.signedIn();
        throttle.succeeded(sourceAddress);
        audit.record(
                account.id(),
                account.email(),
                "account.signedIn",
                Subject.of(ACCOUNT, account.id(), null),
                null);
        return SignInOutcome.signedIn(callerOf(account), account.sessionEpoch());
    }

    /** The caller behind a session, while the account is active and the session not ended. */
    public Optional<Caller> callerFor(long accountId, int sessionEpoch) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive() || account.sessionEpoch() != sessionEpoch) {
            return Optional.empty();
        }
        return Optional.of(callerOf(account));
    }

    /** The caller behind a personal API token, while it is not revoked. */
    public Optional<Caller> callerForApiToken(String token) {
        List<ApiToken> found =
                em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                        .setParameter("hash", SecretTokens.hash(token))
                        .getResultList();
        if (found.isEmpty() || found.get(0).isRevoked() || !found.get(0).account().isActive()) {
            return Optional.empty();
        }
        ApiToken apiToken = found.get(0);
        Instant now = clock.instant();
        if (apiToken.lastUsedAt() == null || apiToken.lastUsedAt().isBefore(now.minusSeconds(60))) {
            apiToken.usedAt(now);
        }
        return Optional.of(callerOf(apiToken.account()));
    }

    public void signedOut(Caller caller) {
        audit.record(
                caller, "account.signedOut", Subject.of(ACCOUNT, caller.accountId(), null), null);
    }

    /** A person's own profile. */
    public record Profile(
            long id, String email, String name, Language language, List<Caller.Grant> grants) {}

    public Profile profile(Caller caller) {
        Account account = own(caller);
        return new Profile(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                caller.grants());
    }

    public void updateProfile(Caller caller, String name, Language language) {
        InputCheck.start().text("name", name, 120).present("language", language).orRefuse();
        own(caller).describe(name, language);
        audit.record(
                caller,
                "account.profileChanged",
                Subject.of(ACCOUNT, caller.accountId(), null),
                null);
    }

    /** Changes the password after checking the current one; ends every session. */
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        Account account = own(caller);
        InputCheck.start()
                .when(
                        currentPassword == null
                                || !hashing.verify(currentPassword, account.passwordHash()),
                        "currentPassword",
                        "validation.password.current")
                .rule(
                        "newPassword",
                        PasswordRules.broken(newPassword, account.email(), account.displayName()))
                .orRefuse();
        account.changePassword(hashing.hash(newPassword));
        audit.record(
                caller,
                "account.passwordChanged",
                Subject.of(ACCOUNT, caller.accountId(), null),
                null);
    }

    public void signOutEverywhere(Caller caller) {
        own(caller).signOutEverywhere();
        audit.record(
                caller,
                "account.signedOutEverywhere",
                Subject.of(ACCOUNT, caller.accountId(), null),
                null);
    }

    /** One personal API token as its owner sees it (the secret only once, on creation). */
    public record TokenView(
            long id, String name, Instant createdAt, Instant lastUsedAt, String secret)
            implements java.io.Serializable {}

    public List<TokenView> apiTokens(Caller caller) {
        AccessPolicy.require(caller, Action.USE_OWN_ACCOUNT, Scope.account(caller.accountId()));
        return em
                .createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("account", caller.accountId())
                .getResultList()
                .stream()
                .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), null))
                .toList();
    }

    public TokenView createApiToken(Caller caller, String name) {
        InputCheck.start().text("name", name, 80).orRefuse();
        Account account = own(caller);
        String secret = "hod_" + SecretTokens.generate();
        ApiToken token = new ApiToken(account, name, SecretTokens.hash(secret), clock.instant());
        em.persist(token);
        audit.record(
                caller,
                "account.apiTokenCreated",
                Subject.of("apiToken", token.id(), null),
                token.name());
        return new TokenView(token.id(), token.name(), token.createdAt(), null, secret);
    }

    /** Revokes one of the caller's own tokens; someone else's token id is "not found". */
    public void revokeApiToken(Caller caller, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null
                || token.isRevoked()
                || !token.account().id().equals(caller.accountId())) {
            throw Refusal.notFound("refusal.apiToken.notFound");
        }
        token.revoke(clock.instant());
        audit.record(
                caller,
                "account.apiTokenRevoked",
                Subject.of("apiToken", tokenId, null),
                token.name());
    }

    // --- helpers

    private Account own(Caller caller) {
        AccessPolicy.require(
                caller,
                Action.USE_OWN_ACCOUNT,
                Scope.account(caller == null ? -1 : caller.accountId()));
        Account account = em.find(Account.class, caller.accountId());
        if (account == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        return account;
    }

    Caller callerOf(Account account) {
        List<Caller.Grant> grants =
                em
                        .createNamedQuery(RoleGrant.OF_ACCOUNT, RoleGrant.class)
                        .setParameter("account", account.id())
                        .getResultList()
                        .stream()
                        .map(g -> new Caller.Grant(g.role(), g.houseId(), g.regionCode()))
                        .toList();
        java.util.Set<Long> ngos =
                java.util.Set.copyOf(
                        em.createQuery(
                                        "SELECT r.ngo.id FROM NgoRepresentative r WHERE r.account.id = :account",
                                        Long.class)
                                .setParameter("account", account.id())
                                .getResultList());
        return new Caller(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                grants,
                ngos);
    }

    private Optional<Account> byEmail(String normalizedEmail) {
        return em
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalizedEmail)
                .getResultList()
                .stream()
                .findFirst();
    }

    private OneTimeToken usableToken(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw Refusal.gone("refusal.link.invalid");
        }
        return em
                .createNamedQuery(OneTimeToken.BY_HASH, OneTimeToken.class)
                .setParameter("hash", SecretTokens.hash(token.strip()))
                .getResultList()
                .stream()
                .filter(t -> t.usableFor(purpose, clock.instant()))
                .findFirst()
                .orElseThrow(() -> Refusal.gone("refusal.link.invalid"));
    }

    private void mailConfirmation(Account account, Instant now) {
        String token = SecretTokens.generate();
        em.persist(new OneTimeToken(account, Purpose.CONFIRM_EMAIL, SecretTokens.hash(token), now));
        send(
                account.email(),
                account.language(),
                "mail.confirm",
                account.displayName(),
                address.link("/confirm.xhtml?token=" + token));
    }

    private void send(String to, Language language, String key, Object... arguments) {
        mail.fire(
                new OutgoingMail(
                        to,
                        Messages.get(language.locale(), key + ".subject"),
                        Messages.get(language.locale(), key + ".body", arguments),
                        clock.instant()));
    }

    /**
     * A hash of nothing in particular, so that unknown addresses cost as much time as known ones.
     */
    private static final String DUMMY_HASH =
            new PasswordHashing().hash("no account has this password");
}
