package kz.housesofdemocracy.premises.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;

/**
 * The home page: every region with its Houses, both in the alphabetical order of the visitor's
 * language (Kazakh order in Kazakh: Ақмола before Алматы before Атырау).
 */
@Named
@RequestScoped
public class HomePage {

    @Inject private Premises premises;
    @Inject private CurrentLanguage language;

    private List<RegionView> regions;

    public List<RegionView> getRegions() {
        if (regions == null) {
            regions =
                    language.sorted(premises.regions(), RegionView::name).stream()
                            .map(
                                    r ->
                                            new RegionView(
                                                    r.code(),
                                                    r.name(),
                                                    r.kind(),
                                                    language.sorted(
                                                            r.houses(), HouseSummary::name)))
                            .toList();
        }
        return regions;
    }
}
