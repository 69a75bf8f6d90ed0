package kz.housesofdemocracy.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Objects;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The sign-up form: name, e-mail, password twice, preferred language. */
@Named
@RequestScoped
public class SignUpForm {

    @Inject private Accounts accounts;
    @Inject private CurrentLanguage currentLanguage;
    @Inject private ExternalContext external;

    private String name;
    private String email;
    private String password;
    private String repeat;
    private String language;

    public void submit() throws IOException {
        try {
            if (!Objects.equals(password, repeat)) {
                throw Refusal.invalid("repeat", "validation.password.repeat");
            }
            accounts.signUp(
                    new Accounts.SignUp(
                            name, email, password, Language.fromTag(language).orElse(null)));
        } catch (Refusal refusal) {
            password = null;
            repeat = null;
            FacesFeedback.refused(refusal, "signUp");
            return;
        }
        FacesFeedback.infoAfterRedirect("signUp.sent", email.strip());
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getLanguage() {
        return language == null ? currentLanguage.getTag() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
