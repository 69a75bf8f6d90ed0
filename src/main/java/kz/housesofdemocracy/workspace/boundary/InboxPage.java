package kz.housesofdemocracy.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.workspace.control.InboxEntry;

/**
 * staff/inbox.xhtml: everything waiting on the signed-in member of staff, oldest first, with its
 * one-click decisions; a rejection or a recommendation asks for its text in a dialog of its own.
 * After a decision the page is loaded afresh (POST-redirect-GET), so the list and the menu's counts
 * agree.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Inbox inbox;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    private String kind;
    private List<InboxEntry> entries;
    private InboxEntry chosen;
    private String reason;
    private String recommendation;

    public void load() {
        if (kind != null && !inbox.kinds().contains(kind)) {
            kind = null;
        }
        entries = inbox.entries(caller.require(), kind, language.getLocale());
    }

    public String approve(InboxEntry entry) {
        try {
            inbox.approve(caller.require(), entry.kind(), entry.id());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "inbox");
            return null;
        }
        return done("inbox.done.approved", entry);
    }

    /** The item a dialog is about: its title heads the dialog, its text starts empty. */
    public void choose(InboxEntry entry) {
        chosen = entry;
        reason = null;
        recommendation = null;
    }

    public String reject() {
        try {
            inbox.reject(caller.require(), chosen.kind(), chosen.id(), reason);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "rejectForm");
            return null;
        }
        return done("inbox.done.rejected", chosen);
    }

    public String recommend() {
        try {
            inbox.recommend(caller.require(), chosen.id(), recommendation);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "recommendForm");
            return null;
        }
        return done("inbox.done.recommended", chosen);
    }

    private String done(String key, InboxEntry entry) {
        FacesFeedback.infoAfterRedirect(key, entry.title());
        return "/staff/inbox?faces-redirect=true" + (kind == null ? "" : "&kind=" + kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind;
    }

    public List<String> getKinds() {
        return inbox.kinds();
    }

    public List<InboxEntry> getEntries() {
        return entries;
    }

    public InboxEntry getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }
}
