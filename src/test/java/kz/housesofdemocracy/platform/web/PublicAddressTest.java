package kz.housesofdemocracy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import kz.housesofdemocracy.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @AfterEach
    void clear() {
        System.clearProperty(PublicAddress.PROPERTY);
    }

    @Test
    void linksComeFromTheConfiguredAddressOnly() {
        System.setProperty(PublicAddress.PROPERTY, "https://booking.example.kz/");
        assertEquals(
                "https://booking.example.kz/reset-password.xhtml?token=x",
                new PublicAddress().link("/reset-password.xhtml?token=x"));
        assertEquals("https://booking.example.kz/a", new PublicAddress().link("a"));
    }

    @Test
    void withoutAnAddressNoLinkIsMade() {
        Refusal refusal = assertThrows(Refusal.class, () -> new PublicAddress().link("/x"));
        assertEquals(503, refusal.status());
        assertEquals("refusal.publicAddress.missing", refusal.key());
    }

    @Test
    void aRelativeOrOddAddressCountsAsMissing() {
        for (String odd : new String[] {"", " ", "booking.example.kz", "ftp://x", "http://"}) {
            System.setProperty(PublicAddress.PROPERTY, odd);
            assertEquals(Optional.empty(), PublicAddress.configured(), odd);
        }
    }
}
