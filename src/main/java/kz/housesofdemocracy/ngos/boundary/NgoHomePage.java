package kz.housesofdemocracy.ngos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;

/** "My NGOs": the NGOs the person represents, with their state. */
@Named
@RequestScoped
public class NgoHomePage {

    @Inject private CurrentLanguage language;
    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private List<NgoViews.Summary> mine;

    public List<NgoViews.Summary> getMine() {
        if (mine == null) {
            mine = language.sorted(ngos.mine(caller.require()), NgoViews.Summary::name);
        }
        return mine;
    }
}
