package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * A House of Democracy: one building in a region, run by that region's akimat. Rooms are booked by
 * the hour in the House's local time; offices are leased for years.
 */
@Entity
@Table(name = "house")
@NamedQuery(
        name = House.ALL,
        query = "SELECT h FROM House h JOIN FETCH h.region ORDER BY h.region.code, h.id")
public class House {

    public static final String ALL = "House.all";

    @Id
    @SequenceGenerator(name = "house_seq", sequenceName = "house_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "house_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "address_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "address_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "address_en"))
    })
    private LocalizedText address;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "house_opening_hours", joinColumns = @JoinColumn(name = "house_id"))
    private List<DailyHours> openingHours = new ArrayList<>();

    @OneToMany(mappedBy = "house")
    @OrderBy("id")
    private List<Room> rooms = new ArrayList<>();

    @OneToMany(mappedBy = "house")
    @OrderBy("id")
    private List<Office> offices = new ArrayList<>();

    protected House() {}

    public House(Region region, LocalizedText name, LocalizedText address, ZoneId timeZone) {
        this.region = region;
        this.name = name;
        this.address = address;
        this.timeZone = timeZone.getId();
    }

    public Long id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public LocalizedText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public LocalizedText address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public OpeningHours openingHours() {
        return new OpeningHours(openingHours);
    }

    public List<Room> rooms() {
        return List.copyOf(rooms);
    }

    public List<Office> offices() {
        return List.copyOf(offices);
    }
}
