package kz.housesofdemocracy.imports.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text a checked row is listed by, as {@link RowCheck#summary()} carries it and {@code
 * import_row.summary} keeps it: either plain data (a room's names, "—") or, when it needs words of
 * its own ("BIN …"), a bundle key with its arguments, rendered in the reader's language only when
 * read. The second form is kept as {@code ␞key␟arg␟arg…} (record and unit separators, which no cell
 * of a row may hold), so the one column serves both and the stored rows stay language-neutral.
 */
public final class RowSummary {

    private static final char MARK = '\u001e';
    private static final String SEPARATOR = "\u001f";

    /** A summary's bundle key ({@code import.summary.*}) and arguments. */
    public record Worded(String key, List<String> args) {}

    private RowSummary() {}

    /** A summary with words: the key of its pattern and the pattern's arguments, in order. */
    public static String worded(String key, String... args) {
        StringBuilder kept = new StringBuilder().append(MARK).append(key);
        for (String arg : args) {
            kept.append(SEPARATOR).append(arg == null ? "" : arg.replace(SEPARATOR, " "));
        }
        return kept.toString();
    }

    /** The key and arguments of a kept summary with words; empty for plain data. */
    public static Optional<Worded> words(String kept) {
        if (kept == null || kept.isEmpty() || kept.charAt(0) != MARK) {
            return Optional.empty();
        }
        String[] parts = kept.substring(1).split(SEPARATOR, -1);
        return Optional.of(new Worded(parts[0], Arrays.asList(parts).subList(1, parts.length)));
    }
}
