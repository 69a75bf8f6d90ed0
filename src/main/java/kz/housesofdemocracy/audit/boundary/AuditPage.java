package kz.housesofdemocracy.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.audit.control.AuditWords;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.platform.web.Tables;

/**
 * The audit trail page: filters and a lazily loaded, paged table sorted in the database (newest
 * first by default), in words: actions, objects and regions are read in the page's language.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AuditLog log;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private String actor;
    private String action;
    private String regionCode;
    private LocalDate from;
    private LocalDate to;
    private Map<String, LocalizedText> regionNames;

    private final PagedRows<AuditLog.Line> lines =
            new PagedRows<>(
                    () -> log.count(caller.require(), filter()),
                    (first, size, field, ascending) ->
                            log.search(caller.require(), filter(), first, size, field, ascending),
                    AuditLog.Line::id,
                    "at",
                    false);

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(
                actor,
                action,
                regionCode,
                from == null ? null : from.atStartOfDay(Clocks.KAZAKHSTAN).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Clocks.KAZAKHSTAN).toInstant(),
                true);
    }

    public PagedRows<AuditLog.Line> getLines() {
        return lines;
    }

    /** The actions the trail knows, as the select's values, ordered by their words. */
    public List<String> getActions() {
        return AuditWords.actions(language.getLocale());
    }

    public String action(String key) {
        return AuditWords.action(language.getLocale(), key);
    }

    public String object(AuditLog.Line line) {
        return AuditWords.object(language.getLocale(), line.objectType(), line.objectId());
    }

    /** The region's name in the page's language, or its code when it is no known region. */
    public String region(String code) {
        if (code == null) {
            return "";
        }
        LocalizedText name = names().get(code);
        return name == null ? code : language.text(name);
    }

    public List<String> getRegionCodes() {
        return language.sorted(names().keySet(), names()::get);
    }

    /** The exported file's name: the trail and today's date. */
    public String getFileName() {
        return "audit-" + Clocks.today(clock);
    }

    private Map<String, LocalizedText> names() {
        if (regionNames == null) {
            regionNames = log.regionNames();
        }
        return regionNames;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** A new search starts on the first page of the list. */
    public void find() {
        Tables.firstPage(":audit:lines");
    }

    /** The XLSX export writes every cell as text (a BIN stays twelve digits). */
    public org.primefaces.component.export.ExcelOptions getXlsxOptions() {
        return Tables.xlsxAsText();
    }
}
