package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.pages.NgoHomePage;
import kz.housesofdemocracy.testing.pages.NgoPage;
import kz.housesofdemocracy.testing.pages.NgoRegistrationPage;
import kz.housesofdemocracy.testing.pages.StaffNgoPage;
import kz.housesofdemocracy.testing.pages.StaffNgosPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, in Kazakh: a wrong BIN is caught as it is typed and on submit; corrected, the NGO
 * waits for verification; the region's approver verifies it and its filing; the NGO is eligible.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NgoRegistrationPageIT {

    @ArquillianResource private URL base;

    @Test
    void registerVerifyAndBecomeEligible() throws Exception {
        String bin = Bins.fresh();
        String name = "«Жарқын болашақ» " + bin;
        int lastYear = LocalDate.now().getYear() - 1;
        String ngoPage;
        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            // lang=kk: the demo representative's profile says Russian
            NgoRegistrationPage form =
                    NgoRegistrationPage.open(rep, base, "kk")
                            .name("kk", name)
                            .bin(Bins.withWrongCheckDigit(bin));
            assertEquals(Bundle.text("kk", "validation.bin.checkDigit"), form.binProblem());
            form.details(
                            "PUBLIC_ASSOCIATION",
                            "KZ-71",
                            "Астана қ., Мәңгілік Ел даңғылы, 55",
                            "info@zharkyn.example.kz")
                    .profile("education", "KK", "STATE")
                    .submit();
            assertEquals(Bundle.text("kk", "validation.bin.checkDigit"), form.binError());

            form.bin(bin).binAccepted().submit();
            assertEquals(Bundle.text("kk", "ngo.registered"), rep.messages());
            ngoPage = rep.currentUrl(); // /ngo/ngo.xhtml?id=…
            NgoPage ngo = NgoPage.on(rep);
            assertEquals(name, ngo.name());
            assertEquals(Bundle.text("kk", "ngo.identity.UNVERIFIED"), ngo.identity());
            assertTrue(
                    ngo.rule("IDENTITY_VERIFIED")
                            .contains(Bundle.text("kk", "eligibility.identity.waiting")));

            ngo.recordFiling("NGO-" + lastYear + "-5501", lastYear, (lastYear + 1) + "-03-02");
            assertTrue(ngo.filings().contains("NGO-" + lastYear + "-5501"), rep.mainText());
        }
        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffNgoPage ngo = StaffNgosPage.open(approver, base).find(bin, name).verifyIdentity();
            assertEquals(Bundle.text("kk", "ngo.identity.VERIFIED"), ngo.identity());
            ngo.verifyFiling("NGO-" + lastYear + "-5501");
            assertTrue(ngo.filings().contains(Bundle.text("kk", "filing.status.VERIFIED")));
        }
        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            assertEquals(
                    Bundle.text("kk", "ngo.eligibleNow"),
                    NgoPage.open(rep, ngoPage + "&lang=kk").verdict());
            assertTrue(NgoHomePage.open(rep, base).myNgos().contains(name));
        }
    }
}
