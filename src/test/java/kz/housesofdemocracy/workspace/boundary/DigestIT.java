package kz.housesofdemocracy.workspace.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Leasing;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.StaffAccounts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The daily digest through GreenMail: an NGO waits in Karaganda region; of its two approvers (made
 * for the test, both with Russian as their language), the one who chose the digest receives one
 * mail in Russian naming it, with a link to it, even if the chore runs twice; the other none.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestIT {

    static final String REGION = "KZ-35";
    static final String OPTED_IN = "digest.optin@example.kz";
    static final String OPTED_OUT = "digest.optout@example.kz";

    private static long ngo;
    private static long inBefore;
    private static long outBefore;

    @ArquillianResource private URL base;

    @Inject private Digests digests;
    @Inject private StaffAccounts staff;

    @Test
    @Order(1)
    @RunAsClient
    void anNgoWaitsAndTheMailboxIsCounted() {
        ngo =
                Leasing.registeredNgo(
                        Api.withToken(base, Demo.NGO.email(), Demo.password()), REGION, "Дайджест");
        inBefore = Mailbox.count(OPTED_IN);
        outBefore = Mailbox.count(OPTED_OUT);
    }

    /** Inside WildFly: the chore run two days later, twice, as two nodes would. */
    @Test
    @Order(2)
    void theDigestGoesOutOnceToWhoeverAskedForIt() {
        staff.approver(OPTED_IN, "Айгерим Сейткали", Language.RU, REGION, true);
        staff.approver(OPTED_OUT, "Ерлан Омаров", Language.RU, REGION, false);
        Instant later = Instant.now().plus(Duration.ofDays(2));
        assertTrue(digests.sendDue(later) >= 1);
        digests.sendDue(later.plusSeconds(60));
    }

    @Test
    @Order(3)
    @RunAsClient
    void oneMailInTheAccountsLanguageNamesTheItem() {
        String subject = Bundle.text("ru", "inbox.digest.subject").split(":")[0];
        Mailbox.Mail mail = Mailbox.await(OPTED_IN, subject, (int) inBefore + 1);
        assertTrue(mail.body().contains("Дайджест"), mail.body());
        assertTrue(mail.body().contains(Bundle.text("ru", "inbox.kind.ngo")), mail.body());
        assertTrue(mail.body().contains("2 дня"), mail.body());
        assertTrue(mail.link("/staff/ngo.xhtml?id=" + ngo).startsWith("http"), mail.body());
        assertTrue(mail.body().contains("/staff/inbox.xhtml"), mail.body());
        assertEquals(inBefore + 1, Mailbox.count(OPTED_IN), "one digest a day");
        assertEquals(outBefore, Mailbox.count(OPTED_OUT), "no digest unless asked for");
    }

    /** The choice itself: a checkbox on the profile, for staff only, kept after saving. */
    @Test
    @Order(4)
    @RunAsClient
    void staffChooseTheDigestOnTheirProfile() {
        By box = By.id("profile:dailyDigest");
        try (Browser approver = Browser.withLanguages("ru")) {
            approver.signIn(base.toString(), Demo.APPROVER_ALMATY.email(), Demo.password());
            approver.open(base + "account/profile.xhtml?lang=ru");
            assertFalse(approver.find(box).isSelected(), "off by default");
            approver.check(box).clickAndWait(By.id("profile:save"));
            assertEquals(Bundle.text("ru", "profile.saved"), approver.messages());
            approver.open(base + "account/profile.xhtml?lang=ru");
            assertTrue(approver.find(box).isSelected(), "kept");
            approver.click(box).clickAndWait(By.id("profile:save"));
            approver.open(base + "account/profile.xhtml?lang=ru");
            assertFalse(approver.find(box).isSelected(), "and taken back");
        }
        try (Browser rep = Browser.withLanguages("ru")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "account/profile.xhtml?lang=ru");
            assertFalse(rep.isPresent(box), "an NGO representative has nothing waiting on them");
        }
    }
}
