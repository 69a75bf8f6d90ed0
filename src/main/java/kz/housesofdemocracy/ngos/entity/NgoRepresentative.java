package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.housesofdemocracy.accounts.entity.Account;

/** A person who acts for an NGO. A person may represent several NGOs. */
@Entity
@Table(name = "ngo_representative")
public class NgoRepresentative {

    @Id
    @SequenceGenerator(
            name = "ngo_representative_seq",
            sequenceName = "ngo_representative_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngo_representative_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id", nullable = false)
    private Ngo ngo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "since", nullable = false, updatable = false)
    private Instant since;

    protected NgoRepresentative() {}

    public NgoRepresentative(Ngo ngo, Account account, Instant now) {
        this.ngo = ngo;
        this.account = account;
        this.since = now;
    }

    public Ngo ngo() {
        return ngo;
    }

    public Account account() {
        return account;
    }
}
