package kz.housesofdemocracy.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test-only bean behind it/fail.xhtml: fails when asked to, so error handling can be seen. */
@Named
@RequestScoped
public class FailingPage {

    private String when;

    public void load() {
        if ("render".equals(when)) {
            throw new IllegalStateException("failure on purpose while loading the page");
        }
    }

    public void fail() {
        throw new IllegalStateException("failure on purpose during an ajax action");
    }

    public void nothing() {}

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }
}
