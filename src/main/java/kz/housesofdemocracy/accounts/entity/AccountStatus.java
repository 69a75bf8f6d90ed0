package kz.housesofdemocracy.accounts.entity;

public enum AccountStatus {
    /** Signed up; the e-mail address is not confirmed yet, so sign-in is refused. */
    PENDING,
    ACTIVE,
    DISABLED
}
