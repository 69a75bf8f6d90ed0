package kz.housesofdemocracy.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Kazakhstani tenge (KZT), to the tiyn. Never negative: prices, rents and subsidies
 * are all amounts given or charged, and a subsidy is the difference between two of them.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;
    private static final int SCALE = 2;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    @Column(name = "amount", precision = 14, scale = SCALE)
    private BigDecimal amount;

    protected Money() {}

    private Money(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("an amount is required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount of money cannot be negative: " + amount);
        }
        this.amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Money tenge(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money tenge(long amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** This amount less another; refuses to go below zero. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount times a factor (hours, months, a share), rounded half up to the tiyn. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public boolean isWhole() {
        return amount.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " KZT";
    }
}
