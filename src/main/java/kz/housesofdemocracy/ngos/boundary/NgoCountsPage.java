package kz.housesofdemocracy.ngos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public counts page: figures per region and for the country. It has no form, so it keeps
 * nothing between requests.
 */
@Named
@RequestScoped
public class NgoCountsPage {

    @Inject private Ngos ngos;

    private List<NgoViews.Counts> counts;

    public List<NgoViews.Counts> getCounts() {
        if (counts == null) {
            counts = ngos.counts();
        }
        return counts;
    }
}
