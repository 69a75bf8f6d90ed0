package kz.housesofdemocracy.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 49,233 most common passwords shipped with the application (security/common-passwords.txt). A
 * password counts as common when it is on the list ignoring case, or is a listed word followed only
 * by digits and symbols ("password2024!").
 */
public final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    public static boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String stem = lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return stem.length() >= 4 && stem.length() < lower.length() && LIST.contains(stem);
    }

    public static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream in =
                        CommonPasswords.class.getResourceAsStream(
                                "/security/common-passwords.txt");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the common-password list is part of the application", e);
        }
        return Set.copyOf(words);
    }
}
