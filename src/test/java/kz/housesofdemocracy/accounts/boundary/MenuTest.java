package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** Which menu entries each kind of person gets: only pages whose check lets them in. */
class MenuTest {

    private static final List<String> ENTRIES =
            List.of(
                    "ngo",
                    "staff",
                    "bookings",
                    "ngos",
                    "leases",
                    "events",
                    "reports",
                    "admin",
                    "imports");

    private static final Caller.Grant REPRESENTATIVE =
            new Caller.Grant(Role.NGO_REPRESENTATIVE, null, null);

    private static Caller person(Set<Long> ngos, Caller.Grant... grants) {
        return new Caller(7, "p@example.kz", "P", Language.KK, List.of(grants), ngos);
    }

    private static Set<String> entriesOf(Caller caller) {
        return ENTRIES.stream()
                .filter(entry -> Menu.allows(caller, entry))
                .collect(Collectors.toSet());
    }

    @Test
    void aRepresentativeGetsTheNgoAreaOnly() {
        assertEquals(Set.of("ngo"), entriesOf(person(Set.of(), REPRESENTATIVE)));
    }

    @Test
    void aManagerGetsTheQueueLeasesAndImportsButNotTheRegionsNgosEventsOrReports() {
        assertEquals(
                Set.of("staff", "bookings", "leases", "imports"),
                entriesOf(
                        person(
                                Set.of(),
                                REPRESENTATIVE,
                                new Caller.Grant(Role.HOUSE_MANAGER, 1L, null))));
    }

    @Test
    void anApproverGetsEveryRegionalQueue() {
        assertEquals(
                Set.of("staff", "bookings", "ngos", "leases", "events", "reports", "imports"),
                entriesOf(
                        person(
                                Set.of(),
                                REPRESENTATIVE,
                                new Caller.Grant(Role.AKIMAT_APPROVER, null, "KZ-71"))));
    }

    @Test
    void theAdministratorGetsEveryNationalListIncludingBookingsToRead() {
        assertEquals(
                Set.of(
                        "staff",
                        "bookings",
                        "ngos",
                        "leases",
                        "events",
                        "reports",
                        "admin",
                        "imports"),
                entriesOf(
                        person(
                                Set.of(),
                                REPRESENTATIVE,
                                new Caller.Grant(Role.NATIONAL_ADMIN, null, null))));
    }

    @Test
    void aStaffMemberWhoRepresentsAnNgoAlsoGetsTheNgoArea() {
        Caller manager =
                person(Set.of(5L), REPRESENTATIVE, new Caller.Grant(Role.HOUSE_MANAGER, 1L, null));
        assertEquals(Set.of("ngo", "staff", "bookings", "leases", "imports"), entriesOf(manager));
    }

    @Test
    void anUnknownEntryIsAMistakeInTheTemplate() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Menu.allows(person(Set.of(), REPRESENTATIVE), "nowhere"));
    }
}
