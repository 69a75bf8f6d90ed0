package kz.housesofdemocracy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * Turns refusals and confirmations into messages a person reads on the page, in the page's
 * language: a field's problem next to that field (marked invalid), anything else at the top.
 */
public final class FacesFeedback {

    private FacesFeedback() {}

    /** Shows a refusal; field names are the ids of the inputs inside the given form. */
    public static void refused(Refusal refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        if (refusal.fields().isEmpty()) {
            faces.addMessage(null, error(Messages.get(locale, refusal.key(), refusal.arguments())));
        }
        for (Refusal.FieldProblem problem : refusal.fields()) {
            String clientId = formId + ":" + problem.field();
            UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
            String text = Messages.get(locale, problem.key(), problem.arguments());
            if (input == null) {
                faces.addMessage(null, error(text));
            } else {
                if (input instanceof UIInput field) {
                    field.setValid(false);
                }
                faces.addMessage(clientId, error(text));
            }
        }
        faces.validationFailed();
    }

    public static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, error(Messages.get(locale(faces), key, arguments)));
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(locale(faces), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An information message that survives the redirect of a POST-redirect-GET. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.forLanguageTag("kk");
    }
}
