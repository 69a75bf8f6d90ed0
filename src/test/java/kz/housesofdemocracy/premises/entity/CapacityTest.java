package kz.housesofdemocracy.premises.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Capacity.MAX + 1})
    void refusesImpossibleCapacities(int people) {
        assertThrows(IllegalArgumentException.class, () -> new Capacity(people));
    }

    @Test
    void acceptsTheBounds() {
        assertEquals(1, new Capacity(1).people());
        assertEquals(Capacity.MAX, new Capacity(Capacity.MAX).people());
    }

    @Test
    void seatsUpToItsPeople() {
        Capacity hall = new Capacity(120);
        assertTrue(hall.seats(120));
        assertTrue(hall.seats(0));
        assertFalse(hall.seats(121));
        assertFalse(hall.seats(-1));
    }

    @Test
    void equalByPeople() {
        assertEquals(new Capacity(12), new Capacity(12));
    }
}
