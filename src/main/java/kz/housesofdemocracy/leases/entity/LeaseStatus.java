package kz.housesofdemocracy.leases.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an application and its lease: draft → submitted → under review → approved → active
 * (from its start) → ended; or rejected, withdrawn, terminated early.
 */
public enum LeaseStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    ACTIVE,
    ENDED,
    REJECTED,
    WITHDRAWN,
    TERMINATED;

    private static final Map<LeaseStatus, Set<LeaseStatus>> NEXT =
            Map.of(
                    DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
                    SUBMITTED, EnumSet.of(UNDER_REVIEW, WITHDRAWN, REJECTED),
                    UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, WITHDRAWN),
                    APPROVED, EnumSet.of(ACTIVE, TERMINATED),
                    ACTIVE, EnumSet.of(ENDED, TERMINATED),
                    ENDED, EnumSet.noneOf(LeaseStatus.class),
                    REJECTED, EnumSet.noneOf(LeaseStatus.class),
                    WITHDRAWN, EnumSet.noneOf(LeaseStatus.class),
                    TERMINATED, EnumSet.noneOf(LeaseStatus.class));

    /** Applications still waiting for a decision. */
    public static final Set<LeaseStatus> OPEN = EnumSet.of(SUBMITTED, UNDER_REVIEW);

    /** Leases that hold their office. */
    public static final Set<LeaseStatus> HOLDING = EnumSet.of(APPROVED, ACTIVE);

    /**
     * Leases that may still occupy their office on some day: holding ones, and ones ended early
     * whose last day may lie ahead (compare with the lease's last day).
     */
    public static final Set<LeaseStatus> OCCUPYING = EnumSet.of(APPROVED, ACTIVE, TERMINATED);

    public boolean mayBecome(LeaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    /**
     * The message key of the refusal to move from this state to another it may not become. The
     * moves of the passing of time (activation, end) are asked for by nobody: refusing one is a
     * bug.
     */
    public String problemBecoming(LeaseStatus next) {
        return switch (next) {
            case SUBMITTED -> "lease.problem.notDraft";
            case UNDER_REVIEW -> "lease.problem.notSubmitted";
            case APPROVED ->
                    this == SUBMITTED ? "lease.problem.notReviewed" : "lease.problem.decided";
            case REJECTED, WITHDRAWN -> "lease.problem.decided";
            case TERMINATED -> "lease.problem.notHolding";
            default -> throw new IllegalStateException(this + " → " + next);
        };
    }
}
