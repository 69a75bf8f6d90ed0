package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.premises.entity.RoomKind;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly: the reference data arrives through EclipseLink, not Hibernate. */
@ExtendWith(ArquillianExtension.class)
class PremisesIT {

    @Inject private Premises premises;
    @Inject private PersistenceProbe probe;

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        assertTrue(
                probe.entityManagerFactoryClass().startsWith("org.eclipse.persistence."),
                probe.entityManagerFactoryClass());
        assertTrue(
                probe.delegateClass().startsWith("org.eclipse.persistence."),
                probe.delegateClass());
        assertFalse(probe.delegateClass().contains("hibernate"));
    }

    @Test
    void everyEntityIsMappedAndHoldsTheReferenceData() {
        Map<String, Long> rows = probe.rowsPerEntity();
        // Every entity of persistence.xml is known to EclipseLink and answers a query; at least
        // these (later components add theirs).
        assertTrue(
                rows.keySet()
                        .containsAll(
                                java.util.Set.of(
                                        "Region",
                                        "Equipment",
                                        "House",
                                        "Room",
                                        "Office",
                                        "Photo",
                                        "Account",
                                        "RoleGrant",
                                        "AuditEntry",
                                        "Ngo",
                                        "AnnualFiling")),
                rows.keySet().toString());
        assertEquals(20L, rows.get("Region"));
        assertTrue(rows.get("Equipment") >= 13, "the seeded list, and any item a test added");
        assertTrue(rows.get("House") >= 2);
        assertTrue(rows.get("Room") >= 10);
        assertTrue(rows.get("Office") >= 7);
    }

    @Test
    void theTwentyRegionsHaveTheirNamesInThreeLanguages() {
        var regions = premises.regions();
        assertEquals(20, regions.size());
        RegionView ulytau =
                regions.stream().filter(r -> r.code().equals("KZ-62")).findFirst().orElseThrow();
        assertEquals("Ұлытау облысы", ulytau.name().exactly(Language.KK));
        assertEquals("область Ұлытау", ulytau.name().exactly(Language.RU));
        assertEquals("Ulytau Region", ulytau.name().exactly(Language.EN));
        assertFalse(ulytau.hasHouse(), "no test opens a House in Ulytau");
        RegionView astana =
                regions.stream().filter(r -> r.code().equals("KZ-71")).findFirst().orElseThrow();
        assertEquals(1, astana.houses().size());
        assertEquals(
                "House of Democracy, Astana", astana.houses().get(0).name().in(Locale.ENGLISH));
    }

    @Test
    void aHouseComesWithItsWeekRoomsAndOffices() {
        HouseDetails astana = premises.house(1).orElseThrow();
        assertEquals("KZ-71", astana.regionCode());
        assertEquals("Asia/Almaty", astana.timeZone());
        assertEquals(7, astana.openingHours().size());
        OpeningDay sunday = astana.openingHours().get(DayOfWeek.SUNDAY.ordinal());
        assertFalse(sunday.open());
        OpeningDay monday = astana.openingHours().get(0);
        assertEquals(LocalTime.of(9, 0), monday.opens());

        assertTrue(astana.rooms().size() >= 5, "the five seeded rooms, and any a test added");
        RoomView hall = astana.rooms().get(0);
        assertEquals(RoomKind.HALL, hall.kind());
        assertEquals(120, hall.capacity());
        assertTrue(hall.needsApproval());
        assertEquals(0, new java.math.BigDecimal("25000").compareTo(hall.hourlyRateKzt()));
        assertTrue(hall.equipment().stream().anyMatch(e -> e.code().equals("interpretation")));

        assertTrue(astana.offices().size() >= 4);
        assertEquals(
                0,
                new java.math.BigDecimal("18.5")
                        .compareTo(astana.offices().get(0).areaSquareMetres()));
    }

    @Test
    void anUnknownHouseIsAbsent() {
        assertTrue(premises.house(987_654_321L).isEmpty());
    }

    @Test
    void theDatabaseWritesEveryCommitThrough() throws Exception {
        if (probe.databaseProduct().contains("PostgreSQL")) {
            // A commit returns only once it is on disk.
            assertEquals("on", probe.postgresSetting("fsync"));
            assertEquals("on", probe.postgresSetting("synchronous_commit"));
        } else {
            // H2 otherwise loses about a second of acknowledged commits on a crash (STACK.md,
            // gotcha 12).
            assertEquals("0", probe.h2WriteDelay());
        }
    }
}
