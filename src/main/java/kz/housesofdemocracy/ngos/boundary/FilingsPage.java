package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.ngos.control.FilingSearch;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.platform.web.Tables;

/**
 * The approver's list of annual filings in their regions (staff/filings.xhtml): waiting ones first
 * by default, oldest first; verify in one click, refuse with the filing's own reason.
 */
@Named
@ViewScoped
public class FilingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private String status = FilingStatus.PENDING.name();
    private Integer year;
    private String text;
    private FilingRow refusing;
    private String reason;

    private final PagedRows<FilingRow> rows =
            new PagedRows<>(
                    () -> ngos.countFilings(caller.require(), filter()),
                    (first, size, field, ascending) ->
                            ngos.filings(
                                    caller.require(),
                                    filter(),
                                    first,
                                    size,
                                    field,
                                    ascending,
                                    language.get()),
                    FilingRow::id,
                    "filedOn",
                    true);

    /** Approvers (their regions) and administrators (all) may open it. */
    public void load() {
        var me = caller.require();
        if (!me.holds(Role.NATIONAL_ADMIN) && !me.holds(Role.AKIMAT_APPROVER)) {
            FacesRefusals.sendError(Refusal.forbidden());
        }
    }

    public void verify(FilingRow row) {
        try {
            ngos.decideFiling(caller.require(), row.id(), true, null);
            FacesFeedback.info("filing.verified");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "filings");
        }
    }

    /** Opens the refusal dialog for one filing, with an empty reason of its own. */
    public void startRefusal(FilingRow row) {
        refusing = row;
        reason = null;
    }

    public void refuse() {
        if (refusing == null) {
            return;
        }
        try {
            ngos.decideFiling(caller.require(), refusing.id(), false, reason);
            FacesFeedback.info("filing.refused");
            refusing = null;
            reason = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "refuseForm");
        }
    }

    private FilingSearch.Criteria filter() {
        return new FilingSearch.Criteria(
                status == null || status.isBlank() ? null : FilingStatus.valueOf(status),
                year,
                text);
    }

    public PagedRows<FilingRow> getRows() {
        return rows;
    }

    public FilingStatus[] getStatuses() {
        return FilingStatus.values();
    }

    /** The years a filing may be for: the last ten. */
    public List<Integer> getYears() {
        int now = Year.from(Clocks.today(clock)).getValue();
        return IntStream.rangeClosed(0, 10).mapToObj(i -> now - i).toList();
    }

    public String getFileName() {
        return "filings-" + Clocks.today(clock);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public FilingRow getRefusing() {
        return refusing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A new search starts on the first page of the list. */
    public void find() {
        Tables.firstPage(":filings:filingTable");
    }

    /** The XLSX export writes every cell as text (a BIN stays twelve digits). */
    public org.primefaces.component.export.ExcelOptions getXlsxOptions() {
        return Tables.xlsxAsText();
    }
}
