package kz.housesofdemocracy.premises.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * A region's name in the page's language for its code, for any page that holds a code ({@code
 * #{regions.name('KZ-71')}} → "Астана қаласы"): people read names, not ISO codes. Read once a
 * request.
 */
@Named("regions")
@RequestScoped
public class RegionNames {

    @Inject private Premises premises;
    @Inject private CurrentLanguage language;

    private Map<String, LocalizedText> names;

    /** The name, or the code itself for a code that names no region; empty for none. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        if (names == null) {
            names = premises.regionNames();
        }
        LocalizedText name = names.get(code);
        return name == null ? code : language.text(name);
    }
}
