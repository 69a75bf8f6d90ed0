package kz.housesofdemocracy.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.housesofdemocracy.platform.Refusal;

/** For pages that load an object: a refusal becomes the matching error page (403, 404, …). */
public final class FacesRefusals {

    private FacesRefusals() {}

    public static void sendError(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext()
                    .responseSendError(refusal.status() == 401 ? 403 : refusal.status(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
