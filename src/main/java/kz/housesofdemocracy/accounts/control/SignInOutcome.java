package kz.housesofdemocracy.accounts.control;

import kz.housesofdemocracy.access.control.Caller;

/**
 * What a sign-in attempt came to. Failures are results, not exceptions: the failed-attempt count
 * must commit even though the person is refused.
 */
public record SignInOutcome(Result result, Caller caller, int sessionEpoch, long waitSeconds) {

    public enum Result {
        SIGNED_IN,
        /** Wrong e-mail or password: the same answer for both, so addresses stay private. */
        WRONG_CREDENTIALS,
        LOCKED,
        UNCONFIRMED,
        THROTTLED
    }

    public static SignInOutcome signedIn(Caller caller, int epoch) {
        return new SignInOutcome(Result.SIGNED_IN, caller, epoch, 0);
    }

    public static SignInOutcome refused(Result result) {
        return new SignInOutcome(result, null, 0, 0);
    }

    public static SignInOutcome throttled(long seconds) {
        return new SignInOutcome(Result.THROTTLED, null, 0, seconds);
    }

    public boolean succeeded() {
        return result == Result.SIGNED_IN;
    }

    /** The bundle key of the message a refused person reads. */
    public String messageKey() {
        return switch (result) {
            case SIGNED_IN -> "signIn.done";
            case WRONG_CREDENTIALS -> "signIn.wrong";
            case LOCKED -> "signIn.locked";
            case UNCONFIRMED -> "signIn.unconfirmed";
            case THROTTLED -> "signIn.throttled";
        };
    }
}
