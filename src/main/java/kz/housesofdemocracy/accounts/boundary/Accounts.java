package kz.housesofdemocracy.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import kz.housesofdemocracy.accounts.control.AccountLetters;
import kz.housesofdemocracy.accounts.control.AccountQueries;
import kz.housesofdemocracy.accounts.control.CallerRows;
import kz.housesofdemocracy.accounts.control.OneTimeLinks;
import kz.housesofdemocracy.accounts.control.PasswordHashing;
import kz.housesofdemocracy.accounts.control.PasswordRules;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.accounts.control.SignInCheck;
import kz.housesofdemocracy.accounts.control.SignInOutcome;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.AccountStatus;
import kz.housesofdemocracy.accounts.entity.ApiToken;
import kz.housesofdemocracy.accounts.entity.OneTimeToken;
import kz.housesofdemocracy.accounts.entity.OneTimeToken.Purpose;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Inject private AccountQueries accounts;
    @Inject private OneTimeLinks links;
    @Inject private AccountLetters letters;
    @Inject private SignInCheck signIns;

    @Resource private SessionContext context;

    private final PasswordHashing hashing = new PasswordHashing();

    /** A hash checked on every reset request, so that known and unknown addresses take as long. */
    private static final String RESET_PACE = new PasswordHashing().hash("pace of a reset request");

    /** What sign-up asks for. */
    public record SignUp(String name, String email, String password, Language language) {}

    /**
     * Creates a pending account and mails a confirmation link. For an address already registered it
     * stores nothing and mails its owner instead; the caller cannot tell the two apart, neither by
     * the answer nor by its time: the password is hashed and one letter sent in both cases.
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
        Optional<Account> existing = accounts.byEmail(email);
        String hash = hashing.hash(request.password()); // the slow part, the same either way
        if (existing.isPresent()) {
            letters.alreadyRegistered(existing.get());
            audit.record(
                    null, email, "account.signUpForExisting", subject(existing.get().id()), null);
            return;
        }
        Instant now = clock.instant();
        Account account = new Account(email, request.name(), hash, request.language(), now);
        em.persist(account);
        em.persist(RoleGrant.of(account, Role.NGO_REPRESENTATIVE, null, null, now));
        letters.confirmation(account, links.issue(account, Purpose.CONFIRM_EMAIL, now));
        audit.record(null, email, "account.signUp", subject(account.id()), null);
    }

    /** Confirms the address behind a link; a used or expired link is refused (410). */
    public void confirmEmail(String token) {
        Instant now = clock.instant();
        OneTimeToken found = links.usable(token, Purpose.CONFIRM_EMAIL, now);
        found.use(Purpose.CONFIRM_EMAIL, now);
        Account account = found.account();
        account.confirm(now);
        audit.record(
                account.id(),
                account.email(),
                "account.emailConfirmed",
                subject(account.id()),
                null);
    }

    /**
     * Mails a reset link when the address has an account; answers the same either way, in the same
     * time: both cases do the same slow work first (a password hash, as a sign-in does), which
     * dwarfs the letter. A new link ends the older ones.
     */
    public void requestPasswordReset(String email) {
        InputCheck.start().email("email", email).orRefuse();
        hashing.verify(Account.normalize(email), RESET_PACE);
        accounts.byEmail(Account.normalize(email))
                .filter(a -> a.status() != AccountStatus.DISABLED)
                .ifPresent(
                        account -> {
                            Instant now = clock.instant();
                            letters.passwordReset(
                                    account, links.issue(account, Purpose.RESET_PASSWORD, now));
                            audit.record(
                                    account.id(),
                                    account.email(),
                                    "account.passwordResetRequested",
                                    subject(account.id()),
                                    null);
                        });
    }

    /**
     * Sets a new password from a reset link; every session and API token of the account ends, and
     * so does every other reset link.
     */
    public void resetPassword(String token, String newPassword) {
        OneTimeToken found = links.usable(token, Purpose.RESET_PASSWORD, clock.instant());
        Account account = found.account();
        InputCheck.start()
                .rule(
                        "password",
                        PasswordRules.broken(newPassword, account.email(), account.displayName()))
                .orRefuse();
        Instant now = clock.instant();
        found.use(Purpose.RESET_PASSWORD, now);
        links.invalidateAll(account, Purpose.RESET_PASSWORD, now);
        account.changePassword(hashing.hash(newPassword));
        revokeAllApiTokens(account, now);
        account.confirm(now);
        account.signedIn();
        audit.record(
                account.id(),
                account.email(),
                "account.passwordReset",
                subject(account.id()),
                null);
    }

    /**
     * Checks a sign-in. Refusals are returned, not thrown, so the failure count and the audit line
     * commit.
     */
    public SignInOutcome signIn(String email, String password, String sourceAddress) {
        return signIns.attempt(email, password, sourceAddress, clock.instant());
    }

    /**
     * The caller behind a session, while the account is active and the session not ended. Read
     * without a transaction of its own: it runs before every signed-in page and call.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> callerFor(long accountId, int sessionEpoch) {
        return accounts.callerOfSession(accountId, sessionEpoch);
    }

    /**
     * The caller behind a personal API token, while it is not revoked. Read without a transaction
     * of its own (it runs before every call that comes with a token); the token's use is written,
     * in a transaction of its own, only when the last noted one is over a minute old.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> callerForApiToken(String token) {
        Instant now = clock.instant();
        Optional<CallerRows.Found> found = accounts.callerOfToken(token, now);
        found.flatMap(CallerRows.Found::token)
                .filter(CallerRows.Token::useNoteDue)
                .ifPresent(t -> context.getBusinessObject(Accounts.class).noteUse(t.id(), now));
        return found.map(CallerRows.Found::caller);
    }

    /** Notes a token's use (for its owner's list of tokens). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteUse(long tokenId, Instant now) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token != null) {
            token.used(now);
        }
    }

    public void signedOut(Caller caller) {
        audit.record(caller, "account.signedOut", subject(caller.accountId()), null);
    }

    /** A person's own profile. */
    @Schema(name = "Profile", description = "The signed-in person as they see themselves.")
    public record Profile(
            @Schema(description = "The account's id.", required = true) long id,
            @Schema(description = "The e-mail address, the sign-in name.", required = true)
                    String email,
            @Schema(description = "The name others see.", required = true) String name,
            @Schema(
                            description = "The language of the person's letters and pages.",
                            required = true)
                    Language language,
            @Schema(
                            description =
                                    "The roles the person holds, each with its scope (every"
                                            + " account is an NGO representative; staff roles come from an"
                                            + " administrator).",
                            required = true)
                    List<Caller.Grant> grants) {}

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
        audit.record(caller, "account.profileChanged", subject(caller.accountId()), null);
    }

    /**
     * Changes the password after checking the current one; ends every session, API token and reset
     * link.
     */
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        Account account = own(caller);
        InputCheck.start()
                .when(
                        currentPassword == null
                                || currentPassword.length() > SignInCheck.MAX_PASSWORD
                                || !hashing.verify(currentPassword, account.passwordHash()),
                        "currentPassword",
                        "validation.password.current")
                .rule(
                        "newPassword",
                        PasswordRules.broken(newPassword, account.email(), account.displayName()))
                .orRefuse();
        account.changePassword(hashing.hash(newPassword));
        Instant now = clock.instant();
        revokeAllApiTokens(account, now);
        links.invalidateAll(account, Purpose.RESET_PASSWORD, now);
        audit.record(caller, "account.passwordChanged", subject(caller.accountId()), null);
    }

    /** Ends every session and every API token of the account. */
    public void signOutEverywhere(Caller caller) {
        Account account = own(caller);
        account.signOutEverywhere();
        revokeAllApiTokens(account, clock.instant());
        audit.record(caller, "account.signedOutEverywhere", subject(caller.accountId()), null);
    }

    /** One personal API token as its owner sees it (the secret only once, on creation). */
    @Schema(name = "ApiToken", description = "A personal API token as its owner sees it.")
    public record TokenView(
            @Schema(description = "The token's id, for revoking it.", required = true) long id,
            @Schema(description = "What the token is for.", required = true) String name,
            @Schema(description = "When it was made.", required = true) Instant createdAt,
            @Schema(description = "When it was last used; null if never.", nullable = true)
                    Instant lastUsedAt,
            @Schema(
                            description =
                                    "The token to send as `Authorization: Bearer <secret>`:"
                                            + " only in the answer that creates it, null in lists.",
                            nullable = true,
                            example = "hod_3q2ZxX…")
                    String secret)
            implements java.io.Serializable {}

    public List<TokenView> apiTokens(Caller caller) {
        AccessPolicy.require(caller, Action.USE_OWN_ACCOUNT, Scope.account(caller.accountId()));
        return accounts.apiTokensOf(caller.accountId()).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), null))
                .toList();
    }

    /**
     * A new token, for a person who proves it again with the password (a stolen session alone
     * cannot mint a lasting credential). Only a signed-in session may ask: the resource refuses a
     * caller who came with a token.
     */
    public TokenView createApiToken(Caller caller, String name, String password) {
        Account account = own(caller);
        InputCheck.start()
                .text("name", name, 80)
                .when(
                        password == null
                                || password.length() > SignInCheck.MAX_PASSWORD
                                || !hashing.verify(password, account.passwordHash()),
                        "password",
                        "validation.password.current")
                .orRefuse();
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
        ApiToken token =
                accounts.findApiToken(tokenId)
                        .filter(t -> !t.isRevoked())
                        .filter(t -> t.account().id().equals(caller.accountId()))
                        .orElseThrow(() -> Refusal.notFound("refusal.apiToken.notFound"));
        token.revoke(clock.instant());
        audit.record(
                caller,
                "account.apiTokenRevoked",
                Subject.of("apiToken", tokenId, null),
                token.name());
    }

    // --- helpers

    private void revokeAllApiTokens(Account account, Instant now) {
        accounts.apiTokensOf(account.id()).forEach(t -> t.revoke(now));
    }

    private Account own(Caller caller) {
        AccessPolicy.require(
                caller,
                Action.USE_OWN_ACCOUNT,
                Scope.account(caller == null ? -1 : caller.accountId()));
        return accounts.find(caller.accountId())
                .orElseThrow(() -> Refusal.unauthorized("refusal.signInFirst"));
    }

    private static Subject subject(long accountId) {
        return Subject.of(ACCOUNT, accountId, null);
    }
}
