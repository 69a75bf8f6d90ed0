package kz.housesofdemocracy.ngos.entity;

import kz.housesofdemocracy.platform.InputCheck;

/** The reason staff give with a decision: at most 500 characters, and required for a refusal. */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {}

    static void check(boolean approved, String reason) {
        InputCheck check = InputCheck.start().optionalText("reason", reason, MAX_LENGTH);
        check.when(
                !approved && (reason == null || reason.isBlank()),
                "reason",
                "validation.reason.required");
        check.orRefuse();
    }
}
