package kz.housesofdemocracy.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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

    /** The items in the alphabetical order of their names in the page's language. */
    public <T> List<T> sorted(Collection<T> items, Function<T, LocalizedText> name) {
        return items == null ? List.of() : Collation.sorted(items, getLocale(), name);
    }

    /** Compares things by their names in the page's language, as its readers order them. */
    public <T> Comparator<T> order(Function<T, LocalizedText> name) {
        return Collation.byText(getLocale(), name);
    }
}
