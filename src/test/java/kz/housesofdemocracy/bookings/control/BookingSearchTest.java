package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.persistence.TextSearch;
import org.junit.jupiter.api.Test;

/** The staff list sorts by a closed list of paths; what comes in is never put in the query. */
class BookingSearchTest {

    @Test
    void aKnownColumnSortsByItsPathInThePagesLanguage() {
        assertEquals("r.name.ru", BookingSearch.order("room", Language.RU));
        assertEquals("h.name.kk", BookingSearch.order("house", Language.KK));
        assertEquals("n.name.en", BookingSearch.order("ngo", Language.EN));
        assertEquals("b.status", BookingSearch.order("status", Language.EN));
        assertEquals("b.startsAt", BookingSearch.order("when", Language.EN));
    }

    @Test
    void anythingElseSortsByTime() {
        assertEquals("b.startsAt", BookingSearch.order("b.id; DROP TABLE booking", Language.KK));
        assertEquals("b.startsAt", BookingSearch.order(null, Language.KK));
    }

    @Test
    void typedTextLosesItsWildcards() {
        assertEquals("%жастар%", TextSearch.contains("  Жас%тар_ "));
    }
}
