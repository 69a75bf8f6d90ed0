package kz.housesofdemocracy.leases.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application or lease as people see it. {@code version} is sent back with a decision. */
@Schema(
        description =
                "An application for an office and, once approved, the lease it becomes. Names"
                        + " (ngoName, houseName, officeName) come in Kazakh, Russian and English;"
                        + " officeName is null for an \"any office\" application. Money is in"
                        + " tenge (KZT) and null until approval fixes it for the term. status:"
                        + " DRAFT, SUBMITTED, UNDER_REVIEW (recommended by the House), APPROVED"
                        + " (holds the office from its start), ACTIVE (in its term), ENDED (term"
                        + " over), REJECTED (by the akimat, or closed when another application got"
                        + " the office: see closedByLease), WITHDRAWN (by the NGO), TERMINATED"
                        + " (ended early).")
public record LeaseView(
        long id,
        @Schema(
                        description =
                                "Changes with every change of the application: send it back with"
                                        + " a recommendation or decision to refuse one taken on an"
                                        + " older reading (409).")
                long version,
        LeaseStatus status,
        long ngoId,
        LocalizedText ngoName,
        long houseId,
        LocalizedText houseName,
        @Schema(description = "The House's region (ISO 3166-2 code).", example = "KZ-75")
                String regionCode,
        @Schema(
                        description =
                                "The office applied for or given; null for an \"any office\""
                                        + " application until approval picks one.")
                Long officeId,
        LocalizedText officeName,
        @Schema(description = "The office's floor area in square metres; null with officeId.")
                BigDecimal areaSquareMetres,
        @Schema(description = "Length of the term in whole years, 1–3.", example = "3") int years,
        @Schema(description = "First day of the term: a 1 January (ISO date).") LocalDate startsOn,
        @Schema(description = "Last day of the term: a 31 December (ISO date).") LocalDate endsOn,
        @Schema(description = "What the NGO will use the office for.") String purpose,
        @Schema(description = "How many of the NGO's staff will work there, 1–500.") int staffCount,
        @Schema(description = "The id of the lease this application renews, if any.")
                Long renewalOf,
        @Schema(description = "The office's market rent per month in tenge, fixed on approval.")
                BigDecimal monthlyRentKzt,
        @Schema(
                        description =
                                "The region's share of the rent the state pays, whole percent,"
                                        + " fixed on approval.")
                Integer subsidyPercent,
        @Schema(
                        description =
                                "What the NGO pays per month in tenge (rent less subsidy, to the"
                                        + " tiyn), fixed on approval.")
                BigDecimal monthlyPaymentKzt,
        @Schema(description = "The House's recommendation, once given.") String recommendation,
        @Schema(description = "Number of the council's decision approving it.")
                String councilNumber,
        @Schema(description = "Date of the council's decision (ISO date).") LocalDate councilDate,
        @Schema(description = "Why the akimat rejected it; null when closed by another's approval.")
                String decisionReason,
        @Schema(
                        description =
                                "The lease whose approval closed this application (it competed"
                                        + " for the same office).")
                Long closedByLease,
        @Schema(description = "The last day of a lease ended early (ISO date).")
                LocalDate terminatedOn,
        @Schema(description = "Why it was ended early.") String terminationReason,
        @Schema(description = "When it was submitted (UTC instant); null for a draft.")
                Instant submittedAt,
        @Schema(description = "The application window it was made in.") long windowId,
        @Schema(description = "The last day of that window (ISO date).") LocalDate windowClosesOn)
        implements Serializable {

    public static LeaseView of(Lease l) {
        return new LeaseView(
                l.id(),
                l.version(),
                l.status(),
                l.ngo().id(),
                l.ngo().name(),
                l.house().id(),
                l.house().name(),
                l.house().region().code(),
                l.office() == null ? null : l.office().id(),
                l.office() == null ? null : l.office().name(),
                l.office() == null ? null : l.office().areaSquareMetres(),
                l.years(),
                l.startsOn(),
                l.endsOn(),
                l.purpose(),
                l.staffCount(),
                l.renewalOf(),
                l.monthlyRent(),
                l.subsidyPercent(),
                l.monthlyPayment(),
                l.recommendation(),
                l.councilNumber(),
                l.councilDate(),
                l.decisionReason(),
                l.closedByLease(),
                l.terminatedOn(),
                l.terminationReason(),
                l.submittedAt(),
                l.window().id(),
                l.window().closesOn());
    }

    /** Whether its NGO may still withdraw it. */
    public boolean withdrawable() {
        return status == LeaseStatus.DRAFT
                || status == LeaseStatus.SUBMITTED
                || status == LeaseStatus.UNDER_REVIEW;
    }

    public boolean holding() {
        return LeaseStatus.HOLDING.contains(status);
    }
}
