package kz.housesofdemocracy.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;

/** Builds problem bodies in the language the REST caller asked for with Accept-Language. */
@RequestScoped
public class Problems {

    private static final String TYPE_PREFIX = "urn:houses-of-democracy:problem:";

    @Inject private HttpServletRequest request;

    public Locale locale() {
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language")).locale();
    }

    public Problem of(int status, String type, String titleKey, String detailKey, Object... args) {
        Locale locale = locale();
        return new Problem(
                TYPE_PREFIX + type,
                Messages.get(locale, titleKey),
                status,
                Messages.get(locale, detailKey, args),
                request.getRequestURI(),
                List.of());
    }

    /** The refusal's answer: its problem body, and {@code Retry-After} when it says when. */
    public Response response(Refusal refusal) {
        Response answer = of(refusal).toResponse();
        return refusal.retryAfterSeconds() > 0
                ? Response.fromResponse(answer)
                        .header("Retry-After", refusal.retryAfterSeconds())
                        .build()
                : answer;
    }

    public Problem of(Refusal refusal) {
        Locale locale = locale();
        List<Problem.FieldError> errors =
                refusal.fields().stream()
                        .map(
                                f ->
                                        new Problem.FieldError(
                                                f.field(),
                                                Messages.get(locale, f.key(), f.arguments())))
                        .toList();
        return new Problem(
                TYPE_PREFIX + refusal.type(),
                Messages.get(locale, "problem.status." + refusal.status()),
                refusal.status(),
                Messages.get(locale, refusal.key(), refusal.arguments()),
                request.getRequestURI(),
                errors);
    }
}
