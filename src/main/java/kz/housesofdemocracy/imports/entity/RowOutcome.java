package kz.housesofdemocracy.imports.entity;

/** What importing one row does (or would do). */
public enum RowOutcome {
    CREATE,
    UPDATE,
    UNCHANGED,
    REFUSE
}
