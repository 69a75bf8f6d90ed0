package kz.housesofdemocracy.ngos.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/**
 * The join page (ngo/join.xhtml): accepting an invitation to represent an NGO. The link opens the
 * page, the button accepts.
 */
@Named
@RequestScoped
public class JoinPage {

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private String token;

    public void accept() throws IOException {
        try {
            long ngoId = ngos.acceptInvitation(caller.require(), token);
            FacesFeedback.infoAfterRedirect("ngo.joined");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ngo/ngo.xhtml?id=" + ngoId);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "join");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
