package kz.housesofdemocracy.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;

/** Builds problem bodies in the language the REST caller asked for with Accept-Language. */
@RequestScoped
public class Problems {

    @Inject private HttpServletRequest request;

    public Locale locale() {
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language")).locale();
    }

    public Problem of(int status, String type, String titleKey, String detailKey, Object... args) {
        Locale locale = locale();
        return new Problem(
                "urn:houses-of-democracy:problem:" + type,
                Messages.get(locale, titleKey),
                status,
                Messages.get(locale, detailKey, args),
                request.getRequestURI());
    }
}
