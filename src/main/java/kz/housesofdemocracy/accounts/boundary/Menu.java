package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.Premises;

/**
 * The header's menu ({@code #{menu.may('bookings')}}): an entry is shown only when the access
 * policy lets the caller open its page in at least one of their own scopes (the nation, a House
 * they manage, a region they approve in), so that no link in the menu answers 403. Each case
 * mirrors the check of the page it leads to.
 */
@Named
@RequestScoped
public class Menu {

    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;
    @Inject private Premises premises;

    private List<HouseSummary> houses;

    /**
     * Whether the caller may open the page behind a menu entry: {@code ngo} (the NGO area: my NGOs,
     * my bookings, leases), {@code staff}, {@code inbox}, {@code bookings}, {@code ngos}, {@code
     * leases}, {@code events}, {@code reports}, {@code houses} (the Houses they manage), {@code
     * admin} (the administration pages), {@code imports} (the import page).
     */
    public boolean may(String entry) {
        Optional<Caller> signedIn = caller.get();
        if (signedIn.isEmpty()) {
            return false;
        }
        return switch (entry) {
            case "inbox" -> allows(signedIn.get(), "staff");
            case "houses" -> !getHouses().isEmpty();
            default -> allows(signedIn.get(), entry);
        };
    }

    /** The decision for the entries that depend on the caller alone. */
    static boolean allows(Caller me, String entry) {
        return switch (entry) {
            // A staff member sees the NGO area only when they represent an NGO themselves.
            case "ngo" ->
                    me.holds(Role.NGO_REPRESENTATIVE) && (!me.isStaff() || !me.ngos().isEmpty());
            case "staff" -> somewhere(me, Action.ENTER_STAFF_AREA);
            case "bookings" -> somewhere(me, Action.VIEW_HOUSE_BOOKINGS);
            case "ngos" -> somewhere(me, Action.LIST_NGOS);
            case "leases" -> me.isStaff() && somewhere(me, Action.VIEW_LEASE);
            case "events" -> somewhere(me, Action.ORGANISE_EVENT);
            case "reports" -> somewhere(me, Action.READ_REPORT);
            case "admin" -> AccessPolicy.may(me, Action.ADMINISTER_PREMISES, Scope.national());
            // The import page (#22): NGOs, or the rooms, offices and leases of a House kept (the
            // same decision as imports/boundary/ImportPageChoices).
            case "imports" ->
                    AccessPolicy.may(me, Action.IMPORT_NGOS, Scope.national())
                            || somewhere(me, Action.MANAGE_HOUSE);
            default -> throw new IllegalArgumentException("no menu entry " + entry);
        };
    }

    /** The Houses the caller manages as a House manager, in the page's alphabetical order. */
    public List<HouseSummary> getHouses() {
        if (houses == null) {
            Optional<Caller> me = caller.get().filter(c -> c.holds(Role.HOUSE_MANAGER));
            houses =
                    me.isEmpty()
                            ? List.of()
                            : premises.houses().stream()
                                    .filter(
                                            h ->
                                                    AccessPolicy.may(
                                                            me.get(),
                                                            Action.MANAGE_HOUSE,
                                                            Scope.house(h.id(), h.regionCode())))
                                    .sorted(language.order(HouseSummary::name))
                                    .toList();
        }
        return houses;
    }

    /** Whether the policy allows the action in any scope the caller holds. */
    private static boolean somewhere(Caller me, Action action) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.national());
        for (Caller.Grant grant : me.grants()) {
            if (grant.houseId() != null) {
                scopes.add(Scope.house(grant.houseId(), grant.regionCode()));
            }
            if (grant.regionCode() != null) {
                scopes.add(Scope.region(grant.regionCode()));
            }
        }
        return scopes.stream().anyMatch(scope -> AccessPolicy.may(me, action, scope));
    }
}
