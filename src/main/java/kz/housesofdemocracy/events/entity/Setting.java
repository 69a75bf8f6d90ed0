package kz.housesofdemocracy.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named setting the national administrator keeps, e.g. the date of NGO Day ("MM-DD"). */
@Entity
@Table(name = "setting")
public class Setting {

    public static final String NGO_DAY = "ngo-day";

    @Id
    @Column(name = "name", length = 60)
    private String name;

    @Column(name = "setting_value", length = 200)
    private String value;

    protected Setting() {}

    public Setting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public void set(String value) {
        this.value = value;
    }
}
