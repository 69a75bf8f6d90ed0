package kz.housesofdemocracy.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every action the code writes to the audit trail has words in Kazakh, Russian and English. The
 * keys are read from the sources: each string literal shaped like a key inside a call of {@code
 * record(…)} or {@code recordApplication(…)}; a literal ending in a dot is a prefix completed by a
 * status's name, and each such prefix must be known here with the enum whose values end it.
 */
class AuditWordsTest {

    private static final Pattern CALL = Pattern.compile("\\b(record|recordApplication)\\s*\\(");
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*\\.?)\"");

    /** Keys built as prefix + a status's name in lower case. */
    private static final Map<String, Enum<?>[]> SUFFIXED =
            Map.of(
                    "lease.", LeaseStatus.values(),
                    "ngo.operating.", OperatingStatus.values(),
                    "registration.", Registration.Status.values());

    @Test
    void everyRecordedActionHasWordsInEachLanguage() {
        Set<String> keys = recordedKeys();
        assertTrue(keys.size() > 60, "keys found: " + keys);
        for (Language language : Language.values()) {
            ResourceBundle words = Messages.bundle(language.locale());
            List<String> missing =
                    keys.stream().filter(k -> !words.containsKey(AuditWords.ACTION + k)).toList();
            assertEquals(List.of(), missing, "no words in " + language + " for");
        }
    }

    @Test
    void theSourcesAreReadAsExpected() {
        Set<String> keys = recordedKeys();
        for (String known :
                List.of(
                        "account.signedIn",
                        "filing.verified",
                        "filing.refused",
                        "ngo.operating.suspended",
                        "lease.approved",
                        "lease.active",
                        "booking.cancelledByStaff",
                        "registration.waiting",
                        "room.changed")) {
            assertTrue(keys.contains(known), known + " in " + keys);
        }
    }

    @Test
    void anUnknownKeyIsShownAsKeptAndObjectsAreWorded() {
        Locale ru = Language.RU.locale();
        assertEquals("Вход в систему", AuditWords.action(ru, "account.signedIn"));
        assertEquals("something.new", AuditWords.action(ru, "something.new"));
        assertEquals("Booking #12", AuditWords.object(Language.EN.locale(), "booking", "12"));
        assertEquals("thing 3", AuditWords.object(Language.EN.locale(), "thing", "3"));
        assertTrue(AuditWords.actions(ru).contains("filing.verified"));
    }

    private static Set<String> recordedKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(AuditWordsTest::read)
                    .forEach(source -> collect(source, keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void collect(String source, Set<String> keys) {
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            int end = closingParenthesis(source, call.end());
            Matcher key = KEY.matcher(source.substring(call.end(), end));
            while (key.find()) {
                String literal = key.group(1);
                if (literal.endsWith(".")) {
                    Enum<?>[] values = SUFFIXED.get(literal);
                    assertTrue(
                            values != null,
                            "a key built from the prefix \""
                                    + literal
                                    + "\": tell this test which enum ends it");
                    Arrays.stream(values)
                            .map(v -> literal + v.name().toLowerCase(Locale.ROOT))
                            .forEach(keys::add);
                } else if (literal.contains(".")) {
                    keys.add(literal);
                }
            }
        }
    }

    private static int closingParenthesis(String source, int from) {
        int depth = 1;
        int i = from;
        while (depth > 0 && i < source.length()) {
            char c = source.charAt(i++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return i;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
