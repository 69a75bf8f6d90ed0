package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of Kazakhstan's 17 regions and 3 cities of republican significance, keyed by its ISO 3166-2
 * code. Reference data: loaded by migration, never edited in the application.
 */
@Entity
@Cacheable // reference data from the migrations, never changed at run time: safe on every node
@Table(name = "region")
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.code")
public class Region {

    public static final String ALL = "Region.all";

    @Schema(name = "RegionKind")
    public enum Kind {
        REGION,
        CITY
    }

    @Id
    @Column(name = "code", length = 5)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk", nullable = false)),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    })
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 6)
    private Kind kind;

    protected Region() {}

    public Region(String code, LocalizedText name, Kind kind) {
        if (code == null || !code.matches("KZ-\\d{2}")) {
            throw new IllegalArgumentException("not an ISO 3166-2 code of Kazakhstan: " + code);
        }
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
