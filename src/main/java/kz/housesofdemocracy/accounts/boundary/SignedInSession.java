package kz.housesofdemocracy.accounts.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.platform.i18n.LanguageFilter;

/**
 * What a signed-in session remembers: the account id and the session epoch it was started in.
 * Everything else (roles, scopes, status) is read fresh on every request.
 */
public final class SignedInSession {

    private static final String ACCOUNT = "hod.accountId";
    private static final String EPOCH = "hod.sessionEpoch";

    private SignedInSession() {}

    /** A new session id at sign-in (no fixation), and the account's language from now on. */
    public static void start(HttpServletRequest request, Caller caller, int epoch) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ACCOUNT, caller.accountId());
        session.setAttribute(EPOCH, epoch);
        LanguageFilter.choose(request, caller.language());
    }

    public record Remembered(long accountId, int epoch) {}

    public static Optional<Remembered> remembered(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(ACCOUNT) instanceof Long id)
                || !(session.getAttribute(EPOCH) instanceof Integer epoch)) {
            return Optional.empty();
        }
        return Optional.of(new Remembered(id, epoch));
    }

    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
