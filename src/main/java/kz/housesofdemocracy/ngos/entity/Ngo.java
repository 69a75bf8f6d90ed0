package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Region;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A non-governmental organisation in the registry. Its identity starts unverified (also with a
 * valid BIN) until an akimat approver of its region verifies it; it can be suspended or marked
 * liquidated with a reason. Whether it is eligible is computed, never stored.
 */
@Entity
@Table(name = "ngo")
@NamedNativeQuery(
        name = Ngo.LOCKED,
        query = "SELECT * FROM ngo WHERE id = ?1 FOR UPDATE",
        resultClass = Ngo.class)
@NamedNativeQuery(
        name = Ngo.LOCKED_NO_KEY,
        query = "SELECT * FROM ngo WHERE id = ?1 FOR NO KEY UPDATE",
        resultClass = Ngo.class)
public class Ngo {

    /**
     * The NGO with its row locked for the transaction (a booking's quotas); named, so that it is
     * prepared once, not for every booking. {@link #LOCKED_NO_KEY} is PostgreSQL's weaker lock that
     * a foreign key check does not wait for.
     */
    public static final String LOCKED = "Ngo.locked";

    public static final String LOCKED_NO_KEY = "Ngo.lockedNoKey";

    @Id
    @SequenceGenerator(name = "ngo_seq", sequenceName = "ngo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngo_seq")
    private Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverride(name = "digits", column = @Column(name = "bin", length = 12))
    private Bin bin;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false, length = 25)
    private LegalForm legalForm;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    /**
     * The region's code, read with the row: the booking path's access check and audit line need
     * only the code, and a region loaded inside a locking transaction never reaches the shared
     * cache (one statement per booking).
     */
    @Column(name = "region_code", insertable = false, updatable = false)
    private String regionCode;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "youth_led", nullable = false)
    private boolean youthLed;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    /**
     * Read for every NGO of a list page at once (eligibility asks each for a socially significant
     * area): one {@code IN} query for the page, not one per row.
     */
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "ngo_area",
            joinColumns = @JoinColumn(name = "ngo_id"),
            inverseJoinColumns = @JoinColumn(name = "area_code"))
    private Set<ActivityArea> areas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "ngo_language", joinColumns = @JoinColumn(name = "ngo_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 5)
    private Set<WorkingLanguage> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "ngo_funding", joinColumns = @JoinColumn(name = "ngo_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 25)
    private Set<FundingSource> funding = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "identity", nullable = false, length = 10)
    private IdentityStatus identity = IdentityStatus.UNVERIFIED;

    @Column(name = "identity_note", length = 500)
    private String identityNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "operating", nullable = false, length = 10)
    private OperatingStatus operating = OperatingStatus.ACTIVE;

    @Column(name = "operating_note", length = 500)
    private String operatingNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Ngo() {}

    /** What registering an NGO records; the caller has checked every value. */
    public record Registration(
            LocalizedText name,
            Bin bin,
            LegalForm legalForm,
            Region region,
            String address,
            LocalDate registeredOn,
            boolean youthLed,
            String contactEmail,
            String contactPhone,
            Set<ActivityArea> areas,
            Set<WorkingLanguage> languages,
            Set<FundingSource> funding) {}

    public Ngo(Registration r, Instant now) {
        this.name = r.name();
        this.bin = r.bin();
        this.legalForm = r.legalForm();
        this.region = r.region();
        this.regionCode = r.region().code();
        this.address = r.address().strip();
        this.registeredOn = r.registeredOn();
        this.youthLed = r.youthLed();
        this.contactEmail = r.contactEmail().strip();
        this.contactPhone =
                r.contactPhone() == null || r.contactPhone().isBlank()
                        ? null
                        : r.contactPhone().strip();
        this.areas.addAll(r.areas());
        this.languages.addAll(r.languages());
        this.funding.addAll(r.funding());
        this.createdAt = now;
    }

    /** Staff's decision on identity; refusing needs a reason. */
    public void decideIdentity(boolean verified, String reason) {
        Reasons.check(verified, reason);
        identity = verified ? IdentityStatus.VERIFIED : IdentityStatus.REFUSED;
        identityNote = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * Suspends, marks liquidated, or reinstates; always with a reason. A liquidated NGO stays
     * liquidated.
     */
    public void changeOperating(OperatingStatus status, String reason) {
        InputCheck.start()
                .present("status", status)
                .text("reason", reason, Reasons.MAX_LENGTH)
                .orRefuse();
        if (operating == OperatingStatus.LIQUIDATED) {
            throw Refusal.conflict("liquidated", "refusal.ngo.liquidated");
        }
        operating = status;
        operatingNote = reason.strip();
    }

    /**
     * Takes what the national registry's export says (an import, #22): names, form, region,
     * address, dates, contact, areas; languages only when given. A BIN is added, never changed;
     * identity and operating status stay as staff decided them.
     */
    public void takeFromRegistry(Registration r) {
        this.name = r.name();
        if (this.bin == null && r.bin() != null) {
            this.bin = r.bin();
        }
        this.legalForm = r.legalForm();
        this.region = r.region();
        this.regionCode = r.region().code();
        this.address = r.address().strip();
        this.registeredOn = r.registeredOn();
        this.youthLed = r.youthLed();
        this.contactEmail = r.contactEmail().strip();
        if (r.contactPhone() != null && !r.contactPhone().isBlank()) {
            this.contactPhone = r.contactPhone().strip();
        }
        this.areas.clear();
        this.areas.addAll(r.areas());
        if (!r.languages().isEmpty()) {
            this.languages.clear();
            this.languages.addAll(r.languages());
        }
    }

    public boolean hasSociallySignificantArea() {
        return areas.stream().anyMatch(ActivityArea::sociallySignificant);
    }

    public Long id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public Bin bin() {
        return bin;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public Region region() {
        return region;
    }

    public String regionCode() {
        return regionCode;
    }

    public String address() {
        return address;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public boolean youthLed() {
        return youthLed;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public Set<ActivityArea> areas() {
        return Set.copyOf(areas);
    }

    public Set<WorkingLanguage> languages() {
        return languages.isEmpty() ? Set.of() : EnumSet.copyOf(languages);
    }

    public Set<FundingSource> funding() {
        return funding.isEmpty() ? Set.of() : EnumSet.copyOf(funding);
    }

    public IdentityStatus identity() {
        return identity;
    }

    public String identityNote() {
        return identityNote;
    }

    public OperatingStatus operating() {
        return operating;
    }

    public String operatingNote() {
        return operatingNote;
    }
}
