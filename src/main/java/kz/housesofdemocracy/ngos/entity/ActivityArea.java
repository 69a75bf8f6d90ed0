package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** An area of activity; the socially significant ones make an NGO eligible for subsidised space. */
@Entity
@Cacheable // reference data from the migrations, never changed at run time: safe on every node
@Table(name = "activity_area")
@NamedQuery(
        name = ActivityArea.ALL,
        query = "SELECT a FROM ActivityArea a ORDER BY a.sociallySignificant DESC, a.code")
public class ActivityArea {

    public static final String ALL = "ActivityArea.all";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Column(name = "socially_significant", nullable = false)
    private boolean sociallySignificant;

    protected ActivityArea() {}

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public boolean sociallySignificant() {
        return sociallySignificant;
    }
}
