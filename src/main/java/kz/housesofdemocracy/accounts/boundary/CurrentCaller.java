package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kz.housesofdemocracy.accounts.control.Caller;
import kz.housesofdemocracy.accounts.entity.Role;
import kz.housesofdemocracy.platform.Refusal;

/** The person behind the current request, for pages ({@code #{caller.signedIn}}) and beans. */
@Named("caller")
@RequestScoped
public class CurrentCaller {

    @Inject private HttpServletRequest request;

    public Optional<Caller> get() {
        return request.getAttribute(HodAuthentication.CALLER) instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    /** The signed-in caller, or a 401 refusal. */
    public Caller require() {
        return get().orElseThrow(
                        () ->
                                Refusal.unauthorized(
                                        request.getAttribute(HodAuthentication.INVALID_TOKEN)
                                                        != null
                                                ? "refusal.apiToken.invalid"
                                                : "refusal.signInFirst"));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean isStaff() {
        return get().map(Caller::isStaff).orElse(false);
    }

    public boolean isAdmin() {
        return get().map(c -> c.holds(Role.NATIONAL_ADMIN)).orElse(false);
    }

    public String getName() {
        return get().map(Caller::displayName).orElse("");
    }
}
