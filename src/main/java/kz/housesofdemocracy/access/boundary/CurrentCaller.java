package kz.housesofdemocracy.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Refusal;

/** The person behind the current request, for pages ({@code #{caller.signedIn}}) and beans. */
@Named("caller")
@RequestScoped
public class CurrentCaller {

    /** Request attribute under which sign-in leaves the {@link Caller} of a request. */
    public static final String CALLER = Caller.class.getName();

    /** Request attribute set when the request carried an API token that is not valid. */
    public static final String INVALID_TOKEN = "hod.invalidApiToken";

    @Inject private HttpServletRequest request;

    public Optional<Caller> get() {
        return request.getAttribute(CALLER) instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    /** The signed-in caller, or a 401 refusal. */
    public Caller require() {
        return get().orElseThrow(
                        () ->
                                Refusal.unauthorized(
                                        request.getAttribute(INVALID_TOKEN) != null
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
