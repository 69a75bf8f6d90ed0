package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.MonthDay;

/**
 * The eligibility policy's parameters, edited by the national administrator: how many months an NGO
 * must have been registered, and until which day of a year the filing for the year before last
 * still counts (31 March: filings for year Y are due by 31 March of Y+1).
 */
@Entity
@Table(name = "eligibility_policy")
public class EligibilityPolicy {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "min_months_registered", nullable = false)
    private int minMonthsRegistered;

    @Column(name = "filing_grace_until", nullable = false, length = 5)
    private String filingGraceUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EligibilityPolicy() {}

    public int minMonthsRegistered() {
        return minMonthsRegistered;
    }

    public MonthDay filingGraceUntil() {
        return MonthDay.parse("--" + filingGraceUntil);
    }

    public void change(int months, MonthDay graceUntil) {
        if (months < 0 || months > 120) {
            throw new IllegalArgumentException("0 to 120 months");
        }
        minMonthsRegistered = months;
        filingGraceUntil =
                String.format("%02d-%02d", graceUntil.getMonthValue(), graceUntil.getDayOfMonth());
    }
}
