package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
            rep.open(base + "ngo/register.xhtml?lang=kk"); // the demo representative's profile
            // says Russian
            rep.type(By.id("register:name_kk"), name);
            rep.type(By.id("register:bin"), Bins.withWrongCheckDigit(bin));
            rep.waitForAjax();
            assertEquals(
                    Bundle.text("kk", "validation.bin.checkDigit"), rep.text(By.id("binProblem")));
            rep.select(By.id("register:legalForm"), "PUBLIC_ASSOCIATION");
            rep.select(By.id("register:regionCode"), "KZ-71");
            rep.type(By.id("register:address"), "Астана қ., Мәңгілік Ел даңғылы, 55");
            rep.check(By.xpath("//input[@name='register:areas' and @value='education']"));
            rep.check(By.xpath("//input[@name='register:languages' and @value='KK']"));
            rep.check(By.xpath("//input[@name='register:funding' and @value='STATE']"));
            rep.type(By.id("register:contactEmail"), "info@zharkyn.example.kz");
            rep.clickAndWait(By.id("register:submit"));
            assertEquals(
                    Bundle.text("kk", "validation.bin.checkDigit"),
                    rep.text(By.id("register:bin-error")));

            rep.type(By.id("register:bin"), bin);
            // the check runs 300 ms after the last key; submitting while it is on its way races
            // it for the flash cookie that carries the success message to the next page
            rep.waitUntilGone(By.id("binProblem"));
            rep.clickAndWait(By.id("register:submit"));
            assertEquals(Bundle.text("kk", "ngo.registered"), rep.messages());
            ngoPage = rep.driver().getCurrentUrl(); // /ngo/ngo.xhtml?id=…
            assertEquals(name, rep.text(By.id("ngo-name")));
            assertEquals(
                    Bundle.text("kk", "ngo.identity.UNVERIFIED"), rep.text(By.id("ngo-identity")));
            assertTrue(
                    rep.text(By.id("rule-IDENTITY_VERIFIED"))
                            .contains(Bundle.text("kk", "eligibility.identity.waiting")));

            rep.type(By.id("filing:reference"), "NGO-" + lastYear + "-5501");
            rep.type(By.id("filing:year_input"), Integer.toString(lastYear));
            rep.type(By.id("filing:filedOn_input"), (lastYear + 1) + "-03-02");
            rep.clickAndWait(By.id("filing:save"));
            assertTrue(
                    rep.text(By.id("filingTable")).contains("NGO-" + lastYear + "-5501"),
                    rep.text(By.tagName("main")));
        }
        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            approver.open(base + "staff/ngos.xhtml");
            approver.type(By.id("ngos:text"), bin);
            approver.clickAjax(By.id("ngos:find"));
            approver.clickAndWait(By.linkText(name));
            approver.clickAndWait(By.id("decisions:verifyIdentity"));
            assertEquals(
                    Bundle.text("kk", "ngo.identity.VERIFIED"),
                    approver.text(By.id("ngo-identity")));
            approver.clickAndWait(
                    By.xpath(
                            "//tbody[@id='decisions:filingTable_data']/tr[1]//button[contains(@id,'verifyFiling')]"));
            assertTrue(
                    approver.text(By.id("decisions:filingTable"))
                            .contains(Bundle.text("kk", "filing.status.VERIFIED")));
        }
        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(ngoPage + "&lang=kk");
            assertEquals(
                    Bundle.text("kk", "ngo.eligibleNow"), rep.text(By.id("eligibility-verdict")));
            rep.open(base + "ngo/index.xhtml");
            assertTrue(rep.text(By.id("my-ngos")).contains(name));
        }
    }
}
