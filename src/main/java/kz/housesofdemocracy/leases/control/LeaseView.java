package kz.housesofdemocracy.leases.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** An application or lease as people see it. {@code version} is sent back with a decision. */
public record LeaseView(
        long id,
        long version,
        LeaseStatus status,
        long ngoId,
        LocalizedText ngoName,
        long houseId,
        LocalizedText houseName,
        String regionCode,
        Long officeId,
        LocalizedText officeName,
        BigDecimal areaSquareMetres,
        int years,
        LocalDate startsOn,
        LocalDate endsOn,
        String purpose,
        int staffCount,
        Long renewalOf,
        BigDecimal monthlyRentKzt,
        Integer subsidyPercent,
        BigDecimal monthlyPaymentKzt,
        String recommendation,
        String councilNumber,
        LocalDate councilDate,
        String decisionReason,
        Long closedByLease,
        LocalDate terminatedOn,
        String terminationReason,
        Instant submittedAt,
        long windowId,
        LocalDate windowClosesOn)
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
