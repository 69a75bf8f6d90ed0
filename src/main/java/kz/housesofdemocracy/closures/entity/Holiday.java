package kz.housesofdemocracy.closures.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * A public holiday on one date: laws change (2022, 2027), so holidays are dated records, never
 * constants. A transferable one on a weekend gives the next working day off.
 */
@Entity
@Table(name = "holiday")
@NamedQuery(
        name = Holiday.BETWEEN,
        query = "SELECT h FROM Holiday h WHERE h.date >= :from AND h.date <= :to ORDER BY h.date")
public class Holiday {

    public static final String BETWEEN = "Holiday.between";

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Column(name = "transferable", nullable = false)
    private boolean transferable;

    protected Holiday() {}

    public Holiday(LocalDate date, LocalizedText name, boolean transferable) {
        this.date = date;
        this.name = name;
        this.transferable = transferable;
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public LocalizedText name() {
        return name;
    }

    public boolean transferable() {
        return transferable;
    }
}
