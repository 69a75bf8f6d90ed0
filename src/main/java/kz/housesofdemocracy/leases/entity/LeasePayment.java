package kz.housesofdemocracy.leases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A month of a lease's schedule, stored on approval so that reports can sum it in SQL. */
@Entity
@Table(name = "lease_payment")
@IdClass(LeasePayment.Key.class)
public class LeasePayment {

    /** The composite key: the lease and the first day of the month. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long leaseId;
        private LocalDate month;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(leaseId, k.leaseId)
                    && Objects.equals(month, k.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(leaseId, month);
        }
    }

    @Id
    @Column(name = "lease_id")
    private Long leaseId;

    @Id
    @Column(name = "due_month")
    private LocalDate month;

    @Column(name = "market_kzt", nullable = false, precision = 14, scale = 2)
    private BigDecimal market;

    @Column(name = "payment_kzt", nullable = false, precision = 14, scale = 2)
    private BigDecimal payment;

    @Column(name = "subsidy_kzt", nullable = false, precision = 14, scale = 2)
    private BigDecimal subsidy;

    /** Whether the NGO has paid the month (recorded for leases imported with payments so far). */
    @Column(name = "paid", nullable = false)
    private boolean paid;

    protected LeasePayment() {}

    public LeasePayment(
            long leaseId,
            LocalDate month,
            BigDecimal market,
            BigDecimal payment,
            BigDecimal subsidy) {
        this.leaseId = leaseId;
        this.month = month;
        this.market = market;
        this.payment = payment;
        this.subsidy = subsidy;
    }

    public LocalDate month() {
        return month;
    }

    public BigDecimal market() {
        return market;
    }

    public BigDecimal payment() {
        return payment;
    }

    public BigDecimal subsidy() {
        return subsidy;
    }

    public boolean paid() {
        return paid;
    }

    /** Records the month as paid by the NGO. */
    public void markPaid() {
        this.paid = true;
    }
}
