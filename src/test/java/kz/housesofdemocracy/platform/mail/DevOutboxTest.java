package kz.housesofdemocracy.platform.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DevOutboxTest {

    @AfterEach
    void clear() {
        System.clearProperty(DevOutbox.SWITCH);
        System.clearProperty("hod.demo");
        System.clearProperty("hod.behind.proxy");
    }

    @Test
    void opensOnlyToThisMachineInTheDemoRunWithTheOutboxOn() {
        System.setProperty(DevOutbox.SWITCH, "true");
        assertFalse(DevOutbox.opensFor("127.0.0.1"), "outbox on, demo switch off");
        System.setProperty("hod.demo", "true");
        assertTrue(DevOutbox.opensFor("127.0.0.1"));
        assertTrue(DevOutbox.opensFor("0:0:0:0:0:0:0:1"));
        assertTrue(DevOutbox.opensFor("[::1]"));
        assertFalse(DevOutbox.opensFor("10.0.0.5"), "another machine");
        assertFalse(DevOutbox.opensFor("127.0.0.1.evil.example"));
        assertFalse(DevOutbox.opensFor(null));
        System.setProperty("hod.behind.proxy", "true");
        assertFalse(DevOutbox.opensFor("127.0.0.1"), "a forwarded address is the client's choice");
    }

    @Test
    void staysShutWithoutTheOutbox() {
        System.setProperty("hod.demo", "true");
        assertFalse(DevOutbox.opensFor("127.0.0.1"));
    }
}
