package kz.housesofdemocracy.ngos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;

/**
 * The public counts page: figures per region and for the country. It has no form, so it keeps
 * nothing between requests.
 */
@Named
@RequestScoped
public class NgoCountsPage {

    @Inject private CurrentLanguage language;
    @Inject private Ngos ngos;

    private Ngos.PublicCounts figures;
    private List<NgoViews.Counts> counts;

    public List<NgoViews.Counts> getCounts() {
        if (counts == null) {
            counts = NgoViews.regionsInOrder(figures().counts(), language);
        }
        return counts;
    }

    /** When the figures shown were computed (at most a minute ago). */
    public java.time.Instant getComputedAt() {
        return figures().computedAt();
    }

    private Ngos.PublicCounts figures() {
        if (figures == null) {
            figures = ngos.publicCounts();
        }
        return figures;
    }
}
