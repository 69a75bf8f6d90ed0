package kz.housesofdemocracy.imports.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.Premises;

/**
 * What the import page offers its reader: the kinds of file they may import (NGOs: national
 * administrators and akimat approvers; rooms, offices and leases: whoever keeps a House) and the
 * Houses they keep. The façade decides again on upload; this only keeps the page from offering a
 * door that answers "no".
 */
@Dependent
public class ImportPageChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentCaller caller;
    @Inject private Premises premises;
    @Inject private CurrentLanguage language;

    private List<ImportKind> kinds;
    private List<HouseSummary> houses;

    public List<ImportKind> kinds() {
        if (kinds == null) {
            Caller me = caller.require();
            List<ImportKind> mayImport = new ArrayList<>();
            // A scope without a region: any region (administrators) or one they approve in.
            if (AccessPolicy.may(me, Action.IMPORT_NGOS, Scope.national())) {
                mayImport.add(ImportKind.NGOS);
            }
            if (!houses().isEmpty()) {
                mayImport.add(ImportKind.ROOMS);
                mayImport.add(ImportKind.OFFICES);
                mayImport.add(ImportKind.LEASES);
            }
            kinds = List.copyOf(mayImport);
        }
        return kinds;
    }

    /** The Houses whose rooms, offices and leases the reader keeps, in alphabetical order. */
    public List<HouseSummary> houses() {
        if (houses == null) {
            Caller me = caller.require();
            houses =
                    premises.houses().stream()
                            .filter(
                                    h ->
                                            AccessPolicy.may(
                                                    me,
                                                    Action.MANAGE_HOUSE,
                                                    Scope.house(h.id(), h.regionCode())))
                            .sorted(language.order(HouseSummary::name))
                            .toList();
        }
        return houses;
    }

    /** The page's getters. */
    public List<ImportKind> getKinds() {
        return kinds();
    }

    public List<HouseSummary> getHouses() {
        return houses();
    }

    /** Whether the reader imports into Houses (the House select is shown). */
    public boolean isHouseKinds() {
        return !houses().isEmpty();
    }

    /**
     * The kinds a House is chosen for, space-separated ("ROOMS OFFICES LEASES"): the page's script
     * hides the House select while another kind is chosen.
     */
    public String getHouseKindNames() {
        return java.util.Arrays.stream(ImportKind.values())
                .filter(ImportKind::perHouse)
                .map(ImportKind::name)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The chosen kind, one the reader may import. */
    ImportKind kind(String name) {
        return kinds().stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("kind", "import.page.kind.required"));
    }

    /** The chosen House, one the reader keeps. */
    long house(String id) {
        long chosen =
                EntityId.parse(id)
                        .orElseThrow(() -> Refusal.invalid("house", "import.page.house.required"));
        if (houses().stream().noneMatch(h -> h.id() == chosen)) {
            throw Refusal.invalid("house", "import.page.house.required");
        }
        return chosen;
    }
}
