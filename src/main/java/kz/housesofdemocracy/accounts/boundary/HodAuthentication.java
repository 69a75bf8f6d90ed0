package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.Caller;

/**
 * Who is calling, for every request: a personal API token ({@code Authorization: Bearer}), or a
 * signed-in session. Roles come from the database each time, so a revoked role or "sign out
 * everywhere" takes effect at the next request. Protected pages send the anonymous to the sign-in
 * page; protected REST answers 401 with a problem body.
 */
@ApplicationScoped
public class HodAuthentication implements HttpAuthenticationMechanism {

    @Inject private Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Optional<Caller> caller;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = accounts.callerForApiToken(authorization.substring(7).strip());
            if (caller.isEmpty()) {
                // Anonymous from here; anything that needs a caller answers 401 "invalid token".
                request.setAttribute(CurrentCaller.INVALID_TOKEN, Boolean.TRUE);
            }
        } else if (isStaticResource(request) && !context.isProtected()) {
            return context.doNothing();
        } else {
            caller = fromSession(request);
        }
        if (caller.isPresent()) {
            request.setAttribute(CurrentCaller.CALLER, caller.get());
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(Long.toString(caller.get().accountId())),
                    caller.get().roleNames());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        // Only pages are protected by web.xml; REST resources answer 401 through the access policy.
        return context.redirect(signInAddress(request));
    }

    private Optional<Caller> fromSession(HttpServletRequest request) {
        Optional<SignedInSession.Remembered> remembered = SignedInSession.remembered(request);
        if (remembered.isEmpty()) {
            return Optional.empty();
        }
        Optional<Caller> caller =
                accounts.callerFor(remembered.get().accountId(), remembered.get().epoch());
        if (caller.isEmpty()) {
            SignedInSession.end(request); // signed out everywhere, password changed, or disabled
        }
        return caller;
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI()
                .startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static String signInAddress(HttpServletRequest request) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return request.getContextPath()
                + "/sign-in.xhtml?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
