package kz.housesofdemocracy.premises.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;

/** The home page: every region, in the alphabetical order of the visitor's language. */
@Named
@RequestScoped
public class HomePage {

    @Inject private Premises premises;
    @Inject private CurrentLanguage language;

    private List<RegionView> regions;

    public List<RegionView> getRegions() {
        if (regions == null) {
            Locale locale = language.getLocale();
            Collator collator = Collator.getInstance(locale);
            regions =
                    premises.regions().stream()
                            .sorted(
                                    Comparator.comparing(
                                            (RegionView r) -> r.name().in(locale), collator))
                            .toList();
        }
        return regions;
    }
}
