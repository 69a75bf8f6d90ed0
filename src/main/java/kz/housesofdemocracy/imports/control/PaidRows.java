package kz.housesofdemocracy.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.housesofdemocracy.leases.entity.LeaseTerms;

/**
 * The payments a running lease's row says were made so far, as the months of its schedule they
 * cover from its first: "paid through" a date covers every month up to and including that date's
 * month; an amount paid covers as many whole months as it pays. Given both, they must agree. Either
 * reaching past the term is refused, as is an amount that is not a whole number of months.
 */
final class PaidRows {

    private PaidRows() {}

    /** How many months of the schedule (from its first) are paid. */
    static int months(List<LeaseTerms.Month> schedule, LocalDate paidThrough, BigDecimal amount) {
        LocalDate last = schedule.get(schedule.size() - 1).month().atEndOfMonth();
        Integer byDate = null;
        if (paidThrough != null) {
            YearMonth first = schedule.get(0).month();
            if (paidThrough.isAfter(last)) {
                throw new PlaceRows.Wrong(
                        "import.refused.leasePaidBeyondTerm",
                        paidThrough.toString(),
                        last.toString());
            }
            if (YearMonth.from(paidThrough).isBefore(first)) {
                throw new PlaceRows.Wrong(
                        "import.refused.leasePaidBeforeStart", paidThrough.toString());
            }
            byDate = (int) (first.until(YearMonth.from(paidThrough), ChronoUnit.MONTHS) + 1);
        }
        if (amount == null) {
            return byDate == null ? 0 : byDate;
        }
        int byAmount = monthsPaidBy(schedule, amount, last);
        if (byDate != null && byDate != byAmount) {
            throw new PlaceRows.Wrong(
                    "import.refused.leasePaidAmount",
                    amount.toPlainString(),
                    sum(schedule, byDate).toPlainString());
        }
        return byAmount;
    }

    /** What the first months of a schedule cost the NGO. */
    static BigDecimal sum(List<LeaseTerms.Month> schedule, int months) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < months; i++) {
            total = total.add(schedule.get(i).payment());
        }
        return total;
    }

    private static int monthsPaidBy(
            List<LeaseTerms.Month> schedule, BigDecimal amount, LocalDate last) {
        if (amount.signum() < 0) {
            throw new PlaceRows.Wrong(
                    "import.refused.leasePaidAmount", amount.toPlainString(), "0");
        }
        BigDecimal total = BigDecimal.ZERO;
        int months = 0;
        while (total.compareTo(amount) < 0) {
            if (months == schedule.size()) {
                throw new PlaceRows.Wrong(
                        "import.refused.leasePaidBeyondTerm",
                        amount.toPlainString(),
                        last.toString());
            }
            total = total.add(schedule.get(months).payment());
            months++;
        }
        if (total.compareTo(amount) != 0) {
            throw new PlaceRows.Wrong(
                    "import.refused.leasePaidAmount",
                    amount.toPlainString(),
                    sum(schedule, months).toPlainString());
        }
        return months;
    }
}
