package kz.housesofdemocracy.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The profile page: name and language, password, sign-out everywhere, personal API tokens. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Accounts accounts;
    @Inject private CurrentCaller caller;
    @Inject private DigestSetting digest;

    private String email;
    private String name;
    private String language;
    private boolean dailyDigest;
    private String currentPassword;
    private String newPassword;
    private String repeat;
    private String tokenName;
    private String tokenPassword;
    private String newTokenSecret;
    private List<Accounts.TokenView> tokens;

    @PostConstruct
    void load() {
        Accounts.Profile profile = accounts.profile(caller.require());
        email = profile.email();
        name = profile.name();
        language = profile.language().tag();
        dailyDigest = digest.dailyDigest(caller.require());
        tokens = accounts.apiTokens(caller.require());
    }

    public void saveProfile() throws IOException {
        Language chosen = Language.fromTag(language).orElse(null);
        try {
            accounts.updateProfile(caller.require(), name, chosen);
            if (caller.isStaff()) {
                digest.chooseDailyDigest(caller.require(), dailyDigest);
            }
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "profile");
            return;
        }
        // The account's language is for mail: the pages stay in the language being read.
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesFeedback.infoAfterRedirect("profile.saved");
        faces.getExternalContext()
                .redirect(
                        faces.getExternalContext().getRequestContextPath()
                                + "/account/profile.xhtml");
    }

    public void changePassword() throws IOException {
        try {
            if (!Objects.equals(newPassword, repeat)) {
                throw Refusal.invalid("repeat", "validation.password.repeat");
            }
            accounts.changePassword(caller.require(), currentPassword, newPassword);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "password");
            return;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeat = null;
        }
        endSession("profile.passwordChanged");
    }

    public void signOutEverywhere() throws IOException {
        accounts.signOutEverywhere(caller.require());
        endSession("profile.signedOutEverywhere");
    }

    public void createToken() {
        try {
            newTokenSecret =
                    accounts.createApiToken(caller.require(), tokenName, tokenPassword).secret();
            tokenName = null;
            tokens = accounts.apiTokens(caller.require());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "tokens");
        } finally {
            tokenPassword = null;
        }
    }

    public void revoke(long tokenId) {
        try {
            accounts.revokeApiToken(caller.require(), tokenId);
            FacesFeedback.info("profile.token.revoked");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "tokens");
        }
        tokens = accounts.apiTokens(caller.require());
        newTokenSecret = null;
    }

    private void endSession(String noticeKey) throws IOException {
        SignedInSession.end(request());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        FacesFeedback.infoAfterRedirect(noticeKey);
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Staff only: a daily e-mail of what has waited on them for more than a day. */
    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getTokenPassword() {
        return tokenPassword;
    }

    public void setTokenPassword(String tokenPassword) {
        this.tokenPassword = tokenPassword;
    }

    public String getNewTokenSecret() {
        return newTokenSecret;
    }

    public List<Accounts.TokenView> getTokens() {
        return tokens;
    }
}
