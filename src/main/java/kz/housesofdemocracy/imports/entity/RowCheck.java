package kz.housesofdemocracy.imports.entity;

import java.util.List;

/**
 * What checking one row found: the outcome, and for {@link RowOutcome#REFUSE} the bundle key
 * ({@code import.refused.*}) and its arguments; {@code summary} is a short neutral text naming the
 * row (e.g. "BIN 150540001233 · Жастар одағы").
 */
public record RowCheck(
        RowOutcome outcome, String reasonKey, List<String> reasonArgs, String summary) {

    public RowCheck {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    public static RowCheck create(String summary) {
        return new RowCheck(RowOutcome.CREATE, null, List.of(), summary);
    }

    public static RowCheck update(String summary) {
        return new RowCheck(RowOutcome.UPDATE, null, List.of(), summary);
    }

    public static RowCheck unchanged(String summary) {
        return new RowCheck(RowOutcome.UNCHANGED, null, List.of(), summary);
    }

    public static RowCheck refuse(String summary, String reasonKey, String... args) {
        return new RowCheck(RowOutcome.REFUSE, reasonKey, List.of(args), summary);
    }

    public boolean writes() {
        return outcome == RowOutcome.CREATE || outcome == RowOutcome.UPDATE;
    }
}
