package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;

/** The staff area's first page: the person's staff roles and what each covers. */
@Named
@RequestScoped
public class StaffHome {

    @Inject private CurrentLanguage language;
    @Inject private StaffRoles roles;
    @Inject private CurrentCaller caller;

    @Inject private kz.housesofdemocracy.premises.boundary.Premises premises;

    private List<StaffRoles.ScopeRow> scopes;

    /** The Houses this person may manage. */
    public List<kz.housesofdemocracy.premises.boundary.HouseSummary> getHouses() {
        var me = caller.require();
        return premises.houses().stream()
                .filter(
                        h ->
                                AccessPolicy.may(
                                        me,
                                        Action.MANAGE_HOUSE,
                                        Scope.house(h.id(), h.regionCode())))
                .sorted(language.order(kz.housesofdemocracy.premises.boundary.HouseSummary::name))
                .toList();
    }

    public List<StaffRoles.ScopeRow> getScopes() {
        if (scopes == null) {
            var me = caller.require();
            AccessPolicy.require(me, Action.ENTER_STAFF_AREA, Scope.national());
            scopes = roles.scopesOf(me);
        }
        return scopes;
    }
}
