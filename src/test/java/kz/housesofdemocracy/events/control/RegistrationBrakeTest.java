package kz.housesofdemocracy.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationBrakeTest {

    private Instant now = Instant.parse("2027-01-10T05:00:00Z");

    private RegistrationBrake brake() throws Exception {
        RegistrationBrake brake = new RegistrationBrake();
        Field clock = RegistrationBrake.class.getDeclaredField("clock");
        clock.setAccessible(true);
        clock.set(
                brake,
                new Clock() {
                    @Override
                    public ZoneOffset getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now;
                    }
                });
        return brake;
    }

    @Test
    void fivePerSourceInTenMinutesThenWaitUntilTheFirstLeavesTheWindow() throws Exception {
        RegistrationBrake brake = brake();
        for (int i = 0; i < RegistrationBrake.PER_SOURCE; i++) {
            brake.pass("10.0.0.1", "p" + i + "@example.kz");
            now = now.plusSeconds(60);
        }
        RegistrationBrake.Braked braked =
                assertThrows(
                        RegistrationBrake.Braked.class,
                        () -> brake.pass("10.0.0.1", "other@example.kz"));
        assertEquals(429, braked.status());
        assertEquals("registration.tooMany", braked.key());
        assertEquals(300, braked.retryAfterSeconds());
        assertEquals(5L, braked.arguments()[0], "minutes, rounded up");
        brake.pass("10.0.0.2", "other@example.kz");
        now = now.plusSeconds(300);
        brake.pass("10.0.0.1", "again@example.kz");
    }

    @Test
    void threeMailsPerAddressAnHourWhateverTheSourceOrSpelling() throws Exception {
        RegistrationBrake brake = brake();
        brake.pass("10.0.0.1", "victim@example.kz");
        brake.pass("10.0.0.2", " Victim@Example.kz");
        brake.pass("10.0.0.3", "VICTIM@example.kz");
        RegistrationBrake.Braked braked =
                assertThrows(
                        RegistrationBrake.Braked.class,
                        () -> brake.pass("10.0.0.4", "victim@example.kz"));
        assertEquals(Duration.ofHours(1).toSeconds(), braked.retryAfterSeconds());
        // A refused attempt is not counted against the source.
        for (int i = 0; i < RegistrationBrake.PER_SOURCE; i++) {
            brake.pass("10.0.0.4", "p" + i + "@example.kz");
        }
    }

    @Test
    void theMemoryIsBounded() throws Exception {
        RegistrationBrake brake = brake();
        for (int i = 0; i < RegistrationBrake.MOST_KEYS + 50; i++) {
            brake.pass("s" + i, "p" + i + "@example.kz");
        }
        Field sources = RegistrationBrake.class.getDeclaredField("sources");
        sources.setAccessible(true);
        Object window = sources.get(brake);
        Field seen = window.getClass().getDeclaredField("seen");
        seen.setAccessible(true);
        assertEquals(RegistrationBrake.MOST_KEYS, ((java.util.Map<?, ?>) seen.get(window)).size());
    }
}
