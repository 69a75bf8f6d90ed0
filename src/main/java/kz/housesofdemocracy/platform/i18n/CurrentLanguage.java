package kz.housesofdemocracy.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the current page, for views ({@code #{language.locale}}) and beans. It also
 * renders texts that are data ({@code #{language.text(room.name())}}).
 */
@Named("language")
@RequestScoped
public class CurrentLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HttpServletRequest request;

    /** Read each time: a choice made during the request (profile, sign-in) applies at once. */
    public Language get() {
        return LanguageFilter.current(request);
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getTag() {
        return get().tag();
    }

    public Language[] getAll() {
        return Language.values();
    }

    /** The address of the current page in another language (the switcher's links). */
    public String switchTo(Language other) {
        boolean forwarded = request.getAttribute("jakarta.servlet.forward.request_uri") != null;
        String path =
                forwarded
                        ? (String) request.getAttribute("jakarta.servlet.forward.request_uri")
                        : request.getRequestURI();
        String query =
                forwarded
                        ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                        : request.getQueryString();
        String kept = LanguageFilter.withoutLanguage(query);
        return path
                + "?"
                + (kept.isEmpty() ? "" : kept + "&")
                + LanguageFilter.PARAMETER
                + "="
                + other.tag();
    }

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(getLocale());
    }
}
