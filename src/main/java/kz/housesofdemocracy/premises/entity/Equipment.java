package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * An item a room can offer (projector, microphones, …). The list is data, named in three languages.
 */
@Entity
@Table(name = "equipment")
@NamedQuery(name = Equipment.ALL, query = "SELECT e FROM Equipment e ORDER BY e.code")
public class Equipment {

    public static final String ALL = "Equipment.all";

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

    protected Equipment() {}

    public Equipment(String code, LocalizedText name) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException(
                    "an equipment code is lower-case letters, digits and dashes");
        }
        this.code = code;
        this.name = name;
    }

    public void rename(LocalizedText newName) {
        this.name = newName;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Equipment other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
