package kz.housesofdemocracy.ngos.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The eligibility policy: named rules, each with a result an NGO can read and a next step. Computed
 * from the data and today's date only, so it lapses by itself (on 1 April without a filing) and is
 * the same wherever it is asked. {@link EligibilityQuery} states the same rules in SQL for lists
 * and counts; a test keeps the two in agreement.
 */
public final class Eligibility {

    private Eligibility() {}

    /** The rules, in the order an NGO reads them. */
    public enum Rule {
        IDENTITY_VERIFIED,
        REGISTERED_LONG_ENOUGH,
        FILING_CONFIRMED,
        NOT_SUSPENDED,
        SIGNIFICANT_AREA
    }

    /** What the rules look at. */
    public record Facts(
            IdentityStatus identity,
            LocalDate registeredOn,
            Set<Integer> verifiedFilingYears,
            OperatingStatus operating,
            boolean hasSignificantArea) {}

    /** The policy's parameters. */
    public record Parameters(int minMonthsRegistered, MonthDay filingGraceUntil) {}

    /** One rule's result: passed or not, a message key with arguments, and what to do next. */
    @Schema(
            name = "EligibilityRuleResult",
            description = "One eligibility rule's result for an NGO.")
    public record RuleResult(
            Rule rule,
            boolean passed,
            @Schema(
                            description =
                                    "The key of the message (in the site's bundles) that"
                                            + " explains the result.")
                    String messageKey,
            @Schema(description = "The message's arguments (dates, years, months).")
                    List<Object> arguments,
            @Schema(
                            description = "The key of the message that says what to do next.",
                            nullable = true)
                    String nextStepKey)
            implements Serializable {}

    @Schema(
            name = "EligibilityVerdict",
            description = "Whether an NGO is eligible today: eligible when every rule passes.")
    public record Verdict(
            boolean eligible, @Schema(description = "Every rule, in order.") List<RuleResult> rules)
            implements Serializable {}

    public static Verdict evaluate(Facts facts, Parameters parameters, LocalDate today) {
        List<RuleResult> rules =
                List.of(
                        identity(facts),
                        registered(facts, parameters, today),
                        filing(facts, parameters, today),
                        operating(facts),
                        area(facts));
        return new Verdict(rules.stream().allMatch(RuleResult::passed), rules);
    }

    /** The filing years any one of which satisfies the filing rule today. */
    public static Set<Integer> acceptedFilingYears(Parameters parameters, LocalDate today) {
        int year = today.getYear();
        boolean inGrace = !MonthDay.from(today).isAfter(parameters.filingGraceUntil());
        return inGrace ? Set.of(year - 1, year - 2) : Set.of(year - 1);
    }

    /** The latest registration date that is long enough ago today. */
    public static LocalDate registeredBy(Parameters parameters, LocalDate today) {
        return today.minusMonths(parameters.minMonthsRegistered());
    }

    private static RuleResult identity(Facts facts) {
        return switch (facts.identity()) {
            case VERIFIED -> pass(Rule.IDENTITY_VERIFIED, "eligibility.identity.passed");
            case REFUSED ->
                    fail(
                            Rule.IDENTITY_VERIFIED,
                            "eligibility.identity.refused",
                            "eligibility.identity.refusedNext");
            case UNVERIFIED ->
                    fail(
                            Rule.IDENTITY_VERIFIED,
                            "eligibility.identity.waiting",
                            "eligibility.identity.waitingNext");
        };
    }

    private static RuleResult registered(Facts facts, Parameters parameters, LocalDate today) {
        LocalDate from = facts.registeredOn().plusMonths(parameters.minMonthsRegistered());
        return !from.isAfter(today)
                ? pass(
                        Rule.REGISTERED_LONG_ENOUGH,
                        "eligibility.registered.passed",
                        parameters.minMonthsRegistered())
                : new RuleResult(
                        Rule.REGISTERED_LONG_ENOUGH,
                        false,
                        "eligibility.registered.failed",
                        List.of(parameters.minMonthsRegistered(), from.toString()),
                        "eligibility.registered.next");
    }

    private static RuleResult filing(Facts facts, Parameters parameters, LocalDate today) {
        Set<Integer> accepted = acceptedFilingYears(parameters, today);
        int latest = today.getYear() - 1;
        boolean passed = facts.verifiedFilingYears().stream().anyMatch(accepted::contains);
        return passed
                ? pass(Rule.FILING_CONFIRMED, "eligibility.filing.passed")
                : new RuleResult(
                        Rule.FILING_CONFIRMED,
                        false,
                        "eligibility.filing.failed",
                        List.of(Integer.toString(latest)),
                        "eligibility.filing.next");
    }

    private static RuleResult operating(Facts facts) {
        return switch (facts.operating()) {
            case ACTIVE -> pass(Rule.NOT_SUSPENDED, "eligibility.operating.passed");
            case SUSPENDED ->
                    fail(
                            Rule.NOT_SUSPENDED,
                            "eligibility.operating.suspended",
                            "eligibility.operating.suspendedNext");
            case LIQUIDATED ->
                    fail(
                            Rule.NOT_SUSPENDED,
                            "eligibility.operating.liquidated",
                            "eligibility.operating.liquidatedNext");
        };
    }

    private static RuleResult area(Facts facts) {
        return facts.hasSignificantArea()
                ? pass(Rule.SIGNIFICANT_AREA, "eligibility.area.passed")
                : fail(Rule.SIGNIFICANT_AREA, "eligibility.area.failed", "eligibility.area.next");
    }

    private static RuleResult pass(Rule rule, String key, Object... arguments) {
        return new RuleResult(rule, true, key, List.of(arguments), null);
    }

    private static RuleResult fail(Rule rule, String key, String next) {
        return new RuleResult(rule, false, key, List.of(), next);
    }
}
