package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.ngos.entity.NgoEnums;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.platform.web.Tables;

/** The staff list of NGOs in their scope (staff/ngos.xhtml): filters, sorting, a page at a time. */
@Named
@ViewScoped
public class NgosPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentLanguage pageLanguage;
    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;
    @Inject private Clock clock;

    private String identity = "";
    private String operating = "";
    private String eligible = "";
    private String area = "";
    private String language = "";
    private String youthLed = "";
    private String funding = "";
    private String text;
    private boolean waiting;

    private final PagedRows<NgoViews.Summary> rows =
            new PagedRows<>(
                    () -> ngos.count(caller.require(), filter()),
                    (first, size, field, ascending) ->
                            ngos.list(
                                    caller.require(),
                                    filter(),
                                    first,
                                    size,
                                    sortField(field),
                                    ascending),
                    NgoViews.Summary::id,
                    "name",
                    true);

    /**
     * Only those who list NGOs of some region (its approvers) or all (administrators) may open it.
     */
    public void load() {
        var me = caller.require();
        boolean lists = me.holds(Role.NATIONAL_ADMIN) || me.holds(Role.AKIMAT_APPROVER);
        if (!lists) {
            FacesRefusals.sendError(Refusal.forbidden());
        }
    }

    /** The name sorts by its text in the page's language. */
    private String sortField(String field) {
        return "name".equals(field) ? "name." + pageLanguage.get().tag() : field;
    }

    public String getFileName() {
        return "ngos-" + Clocks.today(clock);
    }

    private Ngos.Filter filter() {
        return new Ngos.Filter(
                null,
                blank(identity) ? null : NgoEnums.IdentityStatus.valueOf(identity),
                blank(operating) ? null : NgoEnums.OperatingStatus.valueOf(operating),
                blank(eligible) ? null : Boolean.valueOf(eligible),
                blank(area) ? null : area,
                blank(language) ? null : NgoEnums.WorkingLanguage.valueOf(language),
                blank(youthLed) ? null : Boolean.valueOf(youthLed),
                blank(funding) ? null : NgoEnums.FundingSource.valueOf(funding),
                text,
                waiting ? Boolean.TRUE : null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public PagedRows<NgoViews.Summary> getRows() {
        return rows;
    }

    public List<NgoViews.Area> getAreas() {
        return NgoViews.inOrder(ngos.areas(), pageLanguage);
    }

    public NgoEnums.IdentityStatus[] getIdentities() {
        return NgoEnums.IdentityStatus.values();
    }

    public NgoEnums.OperatingStatus[] getOperatings() {
        return NgoEnums.OperatingStatus.values();
    }

    public NgoEnums.WorkingLanguage[] getLanguages() {
        return NgoEnums.WorkingLanguage.values();
    }

    public NgoEnums.FundingSource[] getFundingSources() {
        return NgoEnums.FundingSource.values();
    }

    public String getIdentity() {
        return identity;
    }

    public void setIdentity(String identity) {
        this.identity = identity;
    }

    public String getOperating() {
        return operating;
    }

    public void setOperating(String operating) {
        this.operating = operating;
    }

    public String getEligible() {
        return eligible;
    }

    public void setEligible(String eligible) {
        this.eligible = eligible;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getYouthLed() {
        return youthLed;
    }

    public void setYouthLed(String youthLed) {
        this.youthLed = youthLed;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public void setWaiting(boolean waiting) {
        this.waiting = waiting;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** A new search starts on the first page of the list. */
    public void find() {
        Tables.firstPage(":ngos:ngoTable");
    }

    /** The XLSX export writes every cell as text (a BIN stays twelve digits). */
    public org.primefaces.component.export.ExcelOptions getXlsxOptions() {
        return Tables.xlsxAsText();
    }
}
