package kz.housesofdemocracy.accounts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.control.AccountSearch;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.platform.web.Tables;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RegionView;

/** The administrator's staff-roles page: find a person, see their roles, grant and revoke. */
@Named
@ViewScoped
public class StaffRolesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentLanguage language;
    @Inject private StaffRoles roles;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;
    @Inject private Clock clock;

    private String query;
    private StaffRoles.AccountRow selected;
    private List<StaffRoles.GrantRow> grants = List.of();
    private String role;
    private Long houseId;
    private String regionCode;
    private String reason;

    private String filterRole;
    private String filterRegion;
    private Long filterHouse;

    private final PagedRows<StaffRoles.AccountLine> accounts =
            new PagedRows<>(
                    () -> roles.countAccounts(caller.require(), criteria()),
                    (first, size, field, ascending) ->
                            roles.list(caller.require(), criteria(), first, size, field, ascending),
                    StaffRoles.AccountLine::id,
                    "email",
                    true);

    private AccountSearch.Criteria criteria() {
        return new AccountSearch.Criteria(
                query,
                filterRole == null || filterRole.isBlank() ? null : Role.valueOf(filterRole),
                filterRegion,
                filterHouse);
    }

    /** The roles of a line in words, for its cell and the export. */
    public String rolesOf(StaffRoles.AccountLine line) {
        return line.grants().stream()
                .map(
                        g ->
                                Messages.get(language.getLocale(), "role." + g.role().name())
                                        + (g.houseName() != null
                                                ? " (" + language.text(g.houseName()) + ")"
                                                : "")
                                        + (g.regionName() != null
                                                ? " (" + language.text(g.regionName()) + ")"
                                                : ""))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public String getFileName() {
        return "accounts-" + Clocks.today(clock);
    }

    public void choose(StaffRoles.AccountLine line) {
        select(line.row());
    }

    public void select(StaffRoles.AccountRow row) {
        selected = row;
        refreshGrants();
    }

    public void grant() {
        if (selected == null) {
            return;
        }
        try {
            Role chosen = role == null || role.isBlank() ? null : Role.valueOf(role);
            roles.grant(caller.require(), selected.id(), chosen, houseId, regionCode, reason);
            FacesFeedback.info("staffRoles.granted");
            role = null;
            houseId = null;
            regionCode = null;
            reason = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "grantForm");
        }
        refreshGrants();
    }

    public void revoke(long grantId) {
        try {
            roles.revoke(caller.require(), selected.id(), grantId, reason);
            FacesFeedback.info("staffRoles.revoked");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "grantForm");
        }
        refreshGrants();
    }

    private void refreshGrants() {
        grants = selected == null ? List.of() : roles.grants(caller.require(), selected.id());
    }

    public boolean isHouseNeeded() {
        return Role.HOUSE_MANAGER.name().equals(role);
    }

    public boolean isRegionNeeded() {
        return Role.AKIMAT_APPROVER.name().equals(role);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<HouseSummary> getHouses() {
        return language.sorted(premises.houses(), HouseSummary::name);
    }

    public List<RegionView> getRegions() {
        return language.sorted(premises.regions(), RegionView::name);
    }

    public String getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(String filterRole) {
        this.filterRole = filterRole;
    }

    public String getFilterRegion() {
        return filterRegion;
    }

    public void setFilterRegion(String filterRegion) {
        this.filterRegion = filterRegion;
    }

    public Long getFilterHouse() {
        return filterHouse;
    }

    public void setFilterHouse(Long filterHouse) {
        this.filterHouse = filterHouse;
    }

    public PagedRows<StaffRoles.AccountLine> getAccounts() {
        return accounts;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public StaffRoles.AccountRow getSelected() {
        return selected;
    }

    public List<StaffRoles.GrantRow> getGrants() {
        return grants;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getHouseId() {
        return houseId;
    }

    public void setHouseId(Long houseId) {
        this.houseId = houseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A new search starts on the first page of the list. */
    public void find() {
        Tables.firstPage(":search:accountTable");
    }

    /** The XLSX export writes every cell as text (a BIN stays twelve digits). */
    public org.primefaces.component.export.ExcelOptions getXlsxOptions() {
        return Tables.xlsxAsText();
    }
}
