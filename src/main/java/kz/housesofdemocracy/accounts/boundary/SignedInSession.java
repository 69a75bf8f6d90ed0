package kz.housesofdemocracy.accounts.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import kz.housesofdemocracy.access.control.Caller;

/**
 * What a signed-in session remembers: the account id and the session epoch it was started in.
 * Everything else (roles, scopes, status) is read fresh on every request.
 */
public final class SignedInSession {

    private static final String ACCOUNT = "hod.accountId";
    private static final String EPOCH = "hod.sessionEpoch";

    private SignedInSession() {}

    /**
     * A new session id at sign-in (no fixation). The pages stay in the language the person was
     * reading: the account's language is for mail only, and the session's language (a switcher
     * choice) survives the new id.
     */
    public static void start(HttpServletRequest request, Caller caller, int epoch) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(ACCOUNT, caller.accountId());
        session.setAttribute(EPOCH, epoch);
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
