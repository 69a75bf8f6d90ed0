package kz.housesofdemocracy.imports.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.imports.control.RowTexts;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.ImportStatus;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.platform.web.Tables;

/**
 * The import page (staff/import.xhtml): choose what to import and upload the file; then, for the
 * job in the address ({@code ?job=}), map the fields to the file's columns, follow the dry run's
 * progress, read its report row by row, apply, and read the result. Each step that starts something
 * ends in a redirect to the job's address (post-redirect-get), so a reload shows the job as it is
 * now.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file the page takes (stated on the page); under web.xml's multipart limit. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final String FORM_UPLOAD = "upload";

    @Inject private Imports imports;
    @Inject private CurrentCaller caller;
    @Inject private ImportPageChoices choices;

    private String job;
    private String house;
    private String kind;

    /** The job in the address; its view is read again after the session moved (not copied). */
    private Long jobId;

    private transient ImportJobView view;
    private transient Part file;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private boolean refusedOnly;
    private boolean loaded;

    private final PagedRows<ImportPageRow> rows =
            new PagedRows<>(
                    this::rowCount,
                    (first, size, field, ascending) ->
                            imports
                                    .rows(
                                            caller.require(),
                                            jobId,
                                            refusedOnly ? RowOutcome.REFUSE : null,
                                            first,
                                            size,
                                            locale())
                                    .stream()
                                    .map(ImportPageRow::of)
                                    .toList(),
                    ImportPageRow::rowNumber,
                    null,
                    true);

    /** Who may import nothing meets the 403 page; a job they may not read, its error page. */
    public void load() {
        if (loaded) {
            return;
        }
        try {
            if (choices.kinds().isEmpty()) {
                throw Refusal.forbidden();
            }
            if (job != null) {
                long id =
                        EntityId.parse(job)
                                .orElseThrow(() -> Refusal.notFound("import.page.notFound", job));
                show(imports.job(caller.require(), id));
            } else {
                kind = choices.kinds().get(0).name();
                if (house == null && choices.houses().size() == 1) {
                    house = String.valueOf(choices.houses().get(0).id());
                }
            }
            loaded = true;
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    private void show(ImportJobView job) {
        jobId = job.id();
        view = job;
        columns.clear();
        for (var field : job.fields()) {
            Integer column = job.mapping() == null ? null : job.mapping().get(field.key());
            columns.put(field.key(), column == null ? "" : column.toString());
        }
    }

    /** Step 1: the file goes to the engine, which reads its headers; then the mapping. */
    public void upload() {
        try {
            ImportKind chosen = choices.kind(kind);
            Long houseId = chosen.perHouse() ? choices.house(house) : null;
            if (file == null || file.getSize() == 0) {
                throw Refusal.invalid("file", "import.page.file.empty");
            }
            if (file.getSize() > MAX_BYTES) {
                throw Refusal.invalid("file", "import.page.file.tooBig", MAX_BYTES >> 20);
            }
            String name = ImportPageFiles.plain(file.getSubmittedFileName());
            if (!ImportPageFiles.isAccepted(name)) {
                throw Refusal.invalid("file", "import.page.file.type");
            }
            ImportJobView uploaded;
            try (InputStream in = file.getInputStream()) {
                uploaded = imports.upload(caller.require(), chosen, houseId, name, in);
            }
            toJob(uploaded.id());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, FORM_UPLOAD);
        } catch (IOException e) {
            FacesFeedback.error("import.page.file.unreadable");
        }
    }

    /** Step 2: the mapping is remembered and the dry run starts. */
    public void check() {
        try {
            Map<String, Integer> mapping = new LinkedHashMap<>();
            columns.forEach(
                    (field, column) -> {
                        if (column != null && !column.isBlank()) {
                            mapping.put(field, Integer.valueOf(column));
                        }
                    });
            imports.map(caller.require(), jobId, mapping);
            imports.dryRun(caller.require(), jobId);
            toJob(jobId);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "mapping");
        }
    }

    /** Step 4: every accepted row is written, in the background. */
    public void apply() {
        try {
            imports.apply(caller.require(), jobId);
            toJob(jobId);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "report");
        }
    }

    /** The progress bar's poll: the figures now; once the pass is over, the page of its result. */
    public void poll() {
        view = imports.job(caller.require(), jobId);
        if (!isRunning()) {
            toJob(jobId);
        }
    }

    /** The filter "refused only" starts the table on its first page. */
    public void filter() {
        Tables.firstPage(":report:rows");
    }

    private long rowCount() {
        return refusedOnly ? view().refused() : view().total();
    }

    /** The job as it is now (read once per request after the view was copied or restored). */
    private ImportJobView view() {
        if (view == null && jobId != null) {
            view = imports.job(caller.require(), jobId);
        }
        return view;
    }

    private static void toJob(long id) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/staff/import.xhtml?job=" + id);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean isChoosing() {
        return jobId == null;
    }

    public boolean isMapping() {
        return view() != null && view().status() == ImportStatus.UPLOADED;
    }

    public boolean isRunning() {
        return view() != null
                && (view().status() == ImportStatus.DRY_RUNNING
                        || view().status() == ImportStatus.APPLYING);
    }

    public boolean isChecked() {
        return view() != null && view().status() == ImportStatus.CHECKED;
    }

    public boolean isApplied() {
        return view() != null && view().status() == ImportStatus.APPLIED;
    }

    public boolean isFailed() {
        return view() != null && view().status() == ImportStatus.FAILED;
    }

    /** Whether the report's table and figures are shown: after the dry run, and after apply. */
    public boolean isReported() {
        return isChecked() || isApplied();
    }

    /** Rows that apply would write: created or updated. */
    public int getToWrite() {
        return view() == null ? 0 : view().created() + view().updated();
    }

    /** The file's columns as the select offers them: index and header (or "column n"). */
    public List<ImportPageColumn> getColumnChoices() {
        return ImportPageColumn.of(view().headers());
    }

    /** A field's label: {@code import.field.<key>}. */
    public String fieldLabel(String key) {
        return RowTexts.field(locale(), key);
    }

    /** The link to the refused rows as a spreadsheet, with a reason column in this language. */
    public String getRefusedLink() {
        return "/api/imports/" + jobId + "/refused.xlsx?lang=" + locale().getLanguage();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public PagedRows<ImportPageRow> getRows() {
        return rows;
    }

    public ImportJobView getView() {
        return view();
    }

    public ImportPageChoices getChoices() {
        return choices;
    }

    public long getMaxMegabytes() {
        return MAX_BYTES >> 20;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isRefusedOnly() {
        return refusedOnly;
    }

    public void setRefusedOnly(boolean refusedOnly) {
        this.refusedOnly = refusedOnly;
    }
}
