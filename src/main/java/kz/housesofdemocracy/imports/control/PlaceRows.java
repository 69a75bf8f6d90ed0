package kz.housesofdemocracy.imports.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.entity.House;

/**
 * How the premises' rows read what spreadsheets hold (dates as ISO or dd.MM.yyyy, numbers with a
 * decimal comma and spaces between thousands, yes/no in three languages, names in three languages)
 * and how a refusal of the product's own rules becomes a row's reason. A value that cannot be read
 * is a {@link Wrong}, carrying the reason a person reads.
 */
final class PlaceRows {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Set<String> YES =
            Set.of("yes", "y", "true", "1", "да", "д", "иә", "ия", "+");
    private static final Set<String> NO =
            Set.of("no", "n", "false", "0", "нет", "н", "жоқ", "жок", "-");

    private PlaceRows() {}

    /** A row value that cannot be used: refused with this reason. */
    static final class Wrong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String[] args;

        Wrong(String key, String... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        RowCheck refusal(String summary) {
            return RowCheck.refuse(summary, key, args);
        }
    }

    /** What a row would do, and the write that does it (none for a row that writes nothing). */
    record Plan(RowCheck check, Runnable write) {}

    /**
     * A kind of place (room, office) as its rows see it: its noun (its reasons are {@code
     * import.refused.<noun>House}, {@code …Name}, {@code …Duplicate} and {@code …Retired}), its
     * entity, one's name and whether it is active, and the kind's own last step.
     */
    record Kind<P>(
            String noun,
            Class<P> type,
            Function<P, LocalizedText> name,
            Predicate<P> active,
            Last<P> last) {}

    /** A kind's own last step: the plan to create ({@code existing} null) or update, or Wrong. */
    @FunctionalInterface
    interface Last<P> {
        Plan plan(House house, P existing, TextsForm names, String summary);
    }

    /** Checks a row of places: the steps all kinds share, then the kind's own. */
    static <P> RowCheck check(
            EntityManager em,
            ImportScope scope,
            TextsForm names,
            Set<String> keysSeen,
            Kind<P> kind) {
        return remember(
                plan(em, scope, names, keysSeen, kind).check(),
                names == null ? List.of() : nameKeys(kind.noun(), names),
                keysSeen);
    }

    /** Applies a row of places that checks CREATE or UPDATE. */
    static <P> void apply(EntityManager em, ImportScope scope, TextsForm names, Kind<P> kind) {
        Plan plan = plan(em, scope, names, null, kind);
        if (plan.check().writes()) {
            plan.write().run();
        }
    }

    /**
     * The importing House, open; a name; none of the file's rows before with one of its names; the
     * place of the House with one of its names (by the oldest), if any, active; then the kind's
     * own.
     */
    private static <P> Plan plan(
            EntityManager em,
            ImportScope scope,
            TextsForm names,
            Set<String> keysSeen,
            Kind<P> kind) {
        String summary = summary(names);
        String reasons = "import.refused." + kind.noun();
        try {
            House house = house(em, scope, reasons + "House");
            if (names == null) {
                throw new Wrong(reasons + "Name");
            }
            refuseDuplicate(nameKeys(kind.noun(), names), keysSeen, reasons + "Duplicate");
            P existing =
                    places(em, house, kind.type()).stream()
                            .filter(p -> sameName(names, kind.name().apply(p)))
                            .findFirst()
                            .orElse(null);
            if (existing != null && !kind.active().test(existing)) {
                throw new Wrong(reasons + "Retired");
            }
            return kind.last().plan(house, existing, names, summary);
        } catch (Wrong wrong) {
            return new Plan(wrong.refusal(summary), null);
        }
    }

    /** A House's places of one kind (Room, Office), the oldest first. */
    static <P> List<P> places(EntityManager em, House house, Class<P> type) {
        return em.createQuery(
                        "SELECT p FROM "
                                + type.getSimpleName()
                                + " p WHERE p.house = :house ORDER BY p.id",
                        type)
                .setParameter("house", house)
                .getResultList();
    }

    /** The importing House, open; refused with the kind's reason when there is none. */
    static House house(EntityManager em, ImportScope scope, String wrongKey) {
        House house = scope.houseId() == null ? null : em.find(House.class, scope.houseId());
        if (house == null || !house.isOpen()) {
            throw new Wrong(wrongKey);
        }
        return house;
    }

    static String text(Map<String, String> row, String key) {
        String value = row.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date as ISO (2026-01-01) or as people type it here (01.01.2026); absent: null. */
    static LocalDate date(Map<String, String> row, String key, String wrongKey) {
        String value = text(row, key);
        if (value == null) {
            return null;
        }
        try {
            return value.contains(".")
                    ? LocalDate.parse(value, DOTTED)
                    : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException wrong) {
            throw new Wrong(wrongKey, value);
        }
    }

    /** A decimal number, "18,5" or "1 200 000.00" too; absent: null. */
    static BigDecimal number(Map<String, String> row, String key, String wrongKey) {
        String value = text(row, key);
        if (value == null) {
            return null;
        }
        String plain = value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException wrong) {
            throw new Wrong(wrongKey, value);
        }
    }

    /** A whole number; absent: null. */
    static Integer whole(Map<String, String> row, String key, String wrongKey) {
        BigDecimal number = number(row, key, wrongKey);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException wrong) {
            throw new Wrong(wrongKey, row.get(key).strip());
        }
    }

    /** Yes or no in Kazakh, Russian or English; absent: null. */
    static Boolean yesNo(Map<String, String> row, String key, String wrongKey) {
        String value = text(row, key);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (NO.contains(lower)) {
            return false;
        }
        throw new Wrong(wrongKey, value);
    }

    /** The names a row gives (blank languages left out), or null when it gives none. */
    static TextsForm names(Map<String, String> row, String kk, String ru, String en) {
        TextsForm names = new TextsForm(text(row, kk), text(row, ru), text(row, en));
        return names.isEmpty() ? null : names;
    }

    /** The names of a row laid over a place's own: a language the row leaves blank is kept. */
    static TextsForm over(TextsForm given, LocalizedText existing) {
        return new TextsForm(
                given.getKk() != null ? given.getKk() : existing.getKk(),
                given.getRu() != null ? given.getRu() : existing.getRu(),
                given.getEn() != null ? given.getEn() : existing.getEn());
    }

    /** Whether a place's name matches a row's in any language both have (case and spaces aside). */
    static boolean sameName(TextsForm given, LocalizedText name) {
        return same(given.getKk(), name.getKk())
                || same(given.getRu(), name.getRu())
                || same(given.getEn(), name.getEn());
    }

    /**
     * The keys that make a row a duplicate of an earlier one in the file: one per language given.
     */
    static List<String> nameKeys(String kind, TextsForm names) {
        List<String> keys = new ArrayList<>();
        add(keys, kind + "|kk|", names.getKk());
        add(keys, kind + "|ru|", names.getRu());
        add(keys, kind + "|en|", names.getEn());
        return keys;
    }

    /** Refuses a row with a key an earlier row (not refused) of the file had. */
    static void refuseDuplicate(List<String> keys, Set<String> keysSeen, String wrongKey) {
        if (keysSeen != null && keys.stream().anyMatch(keysSeen::contains)) {
            throw new Wrong(wrongKey);
        }
    }

    /**
     * Remembers the keys of a row that is not refused, for the rows after it: a refused row stands
     * in the way of nothing.
     */
    static RowCheck remember(RowCheck check, List<String> keys, Set<String> keysSeen) {
        if (keysSeen != null && check.outcome() != RowOutcome.REFUSE) {
            keysSeen.addAll(keys);
        }
        return check;
    }

    /** The text a row is listed by: its names, the first language first. */
    static String summary(TextsForm names) {
        if (names == null) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        for (String name : new String[] {names.getKk(), names.getRu(), names.getEn()}) {
            if (name != null && !parts.contains(name)) {
                parts.add(name);
            }
        }
        return String.join(" / ", parts);
    }

    /** The first field problem of a refusal that names one of these fields, in their order. */
    static Optional<Refusal.FieldProblem> problemOf(Refusal refusal, List<String> fields) {
        for (String field : fields) {
            for (Refusal.FieldProblem problem : refusal.fields()) {
                if (problem.field().equals(field)) {
                    return Optional.of(problem);
                }
            }
        }
        return refusal.fields().stream().findFirst();
    }

    /** A refusal's arguments as the texts a row's reason carries. */
    static String[] args(Object... arguments) {
        String[] texts = new String[arguments == null ? 0 : arguments.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return texts;
    }

    static String normal(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static void add(List<String> keys, String prefix, String name) {
        if (name != null) {
            keys.add(prefix + normal(name));
        }
    }
}
