package kz.housesofdemocracy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every word a person reads exists in Kazakh, Russian and English, and every pattern parses. */
class BundlesTest {

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        String name = "/i18n/messages_" + language.tag() + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> kazakh = new TreeSet<>(load(Language.KK).stringPropertyNames());
        for (Language language : Language.values()) {
            assertEquals(
                    kazakh,
                    new TreeSet<>(load(language).stringPropertyNames()),
                    "keys of " + language);
        }
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (Language language : Language.values()) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertFalse(text.isBlank(), language + " " + key + " is empty");
                new MessageFormat(text, language.locale()); // throws on a broken pattern
            }
        }
    }

    @Test
    void kazakhTextsAreInKazakh() throws IOException {
        // A Kazakh-only letter shows the text was translated, not copied from Russian.
        String heading = load(Language.KK).getProperty("home.heading");
        assertFalse(heading.equals(load(Language.RU).getProperty("home.heading")));
        assertFalse(heading.chars().noneMatch(c -> "әғқңөұүһі".indexOf(c) >= 0));
    }
}
