package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** How many people a room seats: at least one, and no room of ours holds more than 5,000. */
@Embeddable
public class Capacity implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 5_000;

    @Column(name = "capacity", nullable = false)
    private int people;

    protected Capacity() {}

    public Capacity(int people) {
        if (people < 1 || people > MAX) {
            throw new IllegalArgumentException("capacity must be 1.." + MAX + ", was " + people);
        }
        this.people = people;
    }

    public int people() {
        return people;
    }

    public boolean seats(int attendees) {
        return attendees >= 0 && attendees <= people;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capacity other && people == other.people;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(people);
    }

    @Override
    public String toString() {
        return Integer.toString(people);
    }
}
