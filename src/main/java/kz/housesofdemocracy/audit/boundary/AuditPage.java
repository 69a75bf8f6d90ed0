package kz.housesofdemocracy.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Clocks;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail page: filters and a lazily loaded, paged table, newest first. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AuditLog log;
    @Inject private CurrentCaller caller;

    private String actor;
    private String action;
    private String regionCode;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditLog.Line> lines =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filters) {
                    return (int) log.count(caller.require(), filter());
                }

                @Override
                public List<AuditLog.Line> load(
                        int first,
                        int size,
                        Map<String, SortMeta> sort,
                        Map<String, FilterMeta> filters) {
                    return log.search(caller.require(), filter(), first, size);
                }

                @Override
                public String getRowKey(AuditLog.Line line) {
                    return Long.toString(line.id());
                }
            };

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(
                actor,
                action,
                regionCode,
                from == null ? null : from.atStartOfDay(Clocks.KAZAKHSTAN).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Clocks.KAZAKHSTAN).toInstant());
    }

    public LazyDataModel<AuditLog.Line> getLines() {
        return lines;
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
}
