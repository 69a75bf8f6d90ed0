package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint and every protected page, as every role, on its own and on foreign Houses and
 * regions, with tampered ids: allowed or refused as the rules below say. The endpoints are read
 * from the server's OpenAPI document and the pages from the webapp folder, so a new endpoint or
 * page without a rule here fails this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /** Who may call. */
    enum Rule {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in person. */
        SIGNED_IN,
        /** Any signed-in person; it revokes their tokens, so each gets a new one afterwards. */
        SIGNED_IN_ENDS_TOKENS,
        /** A person signed in with a session (and the password again), never with a token. */
        SESSION_ONLY,
        /** The national administrator only. */
        ADMIN,
        /** The House's managers, its region's approvers, administrators; tried on two Houses. */
        HOUSE_STAFF,
        /** Only the owner of the token named by the id; anyone else's id is "not found". */
        OWN_TOKEN,
        /** A House's managers and administrators; tried on Houses 1 and 2. */
        HOUSE_MANAGE,
        /**
         * The managers of the room's own House and administrators; tried on a room in each House.
         */
        ROOM_MANAGE,
        /** As ROOM_MANAGE, for offices. */
        OFFICE_MANAGE,
        /** As ROOM_MANAGE, for photos. */
        PHOTO_MANAGE,
        /** Lists of NGOs: administrators and approvers (each in their region). */
        NGO_LIST,
        /**
         * An NGO's record: its representatives, its region's approvers, administrators; tried on an
         * NGO in each of two regions.
         */
        NGO_VIEW,
        /** Acting for an NGO: its representatives only. */
        NGO_ACT,
        /**
         * Deciding on an NGO: its region's approvers only (not administrators, not its
         * representatives).
         */
        NGO_DECIDE,
        /** As NGO_VIEW, NGO_ACT and NGO_DECIDE, for one filing of each of those NGOs. */
        FILING_VIEW,
        FILING_ACT,
        FILING_DECIDE,
        /**
         * A booking: its NGO's representatives, its House's managers, its region's approvers,
         * administrators; tried on a booking in each of two Houses.
         */
        BOOKING_VIEW,
        /**
         * Deciding on a booking: its House's managers and its region's approvers, never its own
         * NGO's representatives (administrators do not decide regional requests).
         */
        BOOKING_DECIDE,
        /** Cancelling a booking: its NGO's representatives, or those who decide on it. */
        BOOKING_CANCEL,
        /** The approval queue: anyone who manages a House or approves in a region. */
        BOOKING_QUEUE,
        /** A blackout: its House's managers and administrators; tried on one in each House. */
        BLACKOUT_MANAGE,
        /** Removing a public holiday: administrators, tried on a holiday made for the test. */
        HOLIDAY_REMOVE,
        /** Moving a booking: its NGO's representatives only. */
        BOOKING_ACT,
        /** Checking a booking in: its NGO's representatives and its House's managers. */
        BOOKING_CHECKIN,
        /** As BOOKING_VIEW and BOOKING_DECIDE, for a hall's series in each House. */
        SERIES_VIEW,
        SERIES_DECIDE,
        /** Organising events: administrators and approvers (the region is checked per event). */
        EVENT_ORGANISE,
        /**
         * Managing an event: administrators and the approvers of its region; tried on a regional
         * event in each of two regions.
         */
        EVENT_MANAGE,
        /** Lists for staff: every staff role. */
        STAFF_ONLY,
        /**
         * A lease application in Astana: its NGO's representatives, the House's managers, the
         * region's approvers, administrators; Almaty's staff are refused.
         */
        LEASE_VIEW,
        /** As LEASE_VIEW, staff only (the competition). */
        LEASE_STAFF_VIEW,
        /** Acting for the NGO on its application: its representatives only. */
        LEASE_ACT,
        /** The House's recommendation: its managers and administrators. */
        LEASE_RECOMMEND,
        /** The akimat's decision: the region's approvers only. */
        LEASE_DECIDE,
        /** Uploading an NGO file: administrators and approvers (rows checked by region). */
        NGO_IMPORT
    }

    /** The rule for every REST endpoint ("METHOD path" as in the OpenAPI document). */
    private static final Map<String, Rule> ENDPOINTS =
            Map.ofEntries(
                    Map.entry("GET /api/regions", Rule.PUBLIC),
                    Map.entry("GET /api/houses", Rule.PUBLIC),
                    Map.entry("GET /api/houses/{id}", Rule.PUBLIC),
                    Map.entry("GET /api/houses/{id}/staff", Rule.HOUSE_STAFF),
                    Map.entry("POST /api/accounts", Rule.PUBLIC),
                    Map.entry("POST /api/accounts/confirmation", Rule.PUBLIC),
                    Map.entry("POST /api/accounts/password-reset", Rule.PUBLIC),
                    Map.entry("POST /api/accounts/password-reset/confirmation", Rule.PUBLIC),
                    Map.entry("POST /api/session", Rule.PUBLIC),
                    Map.entry("DELETE /api/session", Rule.PUBLIC),
                    Map.entry("GET /api/me", Rule.SIGNED_IN),
                    Map.entry("GET /api/me/inbox", Rule.SIGNED_IN),
                    Map.entry("PUT /api/me", Rule.SIGNED_IN),
                    Map.entry("POST /api/me/password", Rule.SIGNED_IN),
                    Map.entry("POST /api/me/sign-out-everywhere", Rule.SIGNED_IN_ENDS_TOKENS),
                    Map.entry("GET /api/me/tokens", Rule.SIGNED_IN),
                    Map.entry("POST /api/me/tokens", Rule.SESSION_ONLY),
                    Map.entry("DELETE /api/me/tokens/{id}", Rule.OWN_TOKEN),
                    Map.entry("GET /api/admin/accounts", Rule.ADMIN),
                    Map.entry("GET /api/admin/accounts/{id}/grants", Rule.ADMIN),
                    Map.entry("POST /api/admin/accounts/{id}/grants", Rule.ADMIN),
                    Map.entry("DELETE /api/admin/accounts/{id}/grants/{grantId}", Rule.ADMIN),
                    Map.entry("GET /api/audit", Rule.ADMIN),
                    Map.entry("POST /api/houses", Rule.ADMIN),
                    Map.entry("PUT /api/houses/{id}", Rule.HOUSE_MANAGE),
                    Map.entry("GET /api/houses/{id}/closure", Rule.ADMIN),
                    Map.entry("POST /api/houses/{id}/closure", Rule.ADMIN),
                    Map.entry("PUT /api/houses/{id}/subsidy", Rule.ADMIN),
                    Map.entry("POST /api/houses/{id}/rooms", Rule.HOUSE_MANAGE),
                    Map.entry("POST /api/houses/{id}/offices", Rule.HOUSE_MANAGE),
                    Map.entry("GET /api/rooms/{id}", Rule.PUBLIC),
                    Map.entry("PUT /api/rooms/{id}", Rule.ROOM_MANAGE),
                    Map.entry("DELETE /api/rooms/{id}", Rule.ROOM_MANAGE),
                    Map.entry("POST /api/rooms/{id}/photos", Rule.ROOM_MANAGE),
                    Map.entry("GET /api/offices/{id}", Rule.PUBLIC),
                    Map.entry("PUT /api/offices/{id}", Rule.OFFICE_MANAGE),
                    Map.entry("DELETE /api/offices/{id}", Rule.OFFICE_MANAGE),
                    Map.entry("POST /api/offices/{id}/photos", Rule.OFFICE_MANAGE),
                    Map.entry("GET /api/photos/{id}", Rule.PUBLIC),
                    Map.entry("DELETE /api/photos/{id}", Rule.PHOTO_MANAGE),
                    Map.entry("GET /api/equipment", Rule.PUBLIC),
                    Map.entry("PUT /api/equipment/{code}", Rule.ADMIN),
                    Map.entry("POST /api/ngos", Rule.SIGNED_IN),
                    Map.entry("GET /api/ngos", Rule.NGO_LIST),
                    Map.entry("GET /api/ngos/mine", Rule.SIGNED_IN),
                    Map.entry("GET /api/ngos/{id}", Rule.NGO_VIEW),
                    Map.entry("GET /api/ngos/{id}/eligibility", Rule.NGO_VIEW),
                    Map.entry("POST /api/ngos/{id}/filings", Rule.NGO_ACT),
                    Map.entry("POST /api/ngos/{id}/invitations", Rule.NGO_ACT),
                    Map.entry("POST /api/ngos/{id}/join-requests", Rule.SIGNED_IN),
                    Map.entry("POST /api/ngos/{id}/identity-decision", Rule.NGO_DECIDE),
                    Map.entry("POST /api/ngos/{id}/operating", Rule.NGO_DECIDE),
                    Map.entry("GET /api/filings/{id}/receipt", Rule.FILING_VIEW),
                    Map.entry("PUT /api/filings/{id}/receipt", Rule.FILING_ACT),
                    Map.entry("POST /api/filings/{id}/decision", Rule.FILING_DECIDE),
                    Map.entry("GET /api/ngo-counts", Rule.PUBLIC),
                    Map.entry("GET /api/activity-areas", Rule.PUBLIC),
                    Map.entry("GET /api/eligibility-policy", Rule.PUBLIC),
                    Map.entry("PUT /api/eligibility-policy", Rule.ADMIN),
                    Map.entry("POST /api/invitations/acceptance", Rule.SIGNED_IN),
                    Map.entry("POST /api/bookings", Rule.SIGNED_IN),
                    Map.entry("GET /api/bookings/mine", Rule.SIGNED_IN),
                    Map.entry("GET /api/bookings/queue", Rule.BOOKING_QUEUE),
                    Map.entry("GET /api/bookings/{id}", Rule.BOOKING_VIEW),
                    Map.entry("POST /api/bookings/{id}/approval", Rule.BOOKING_DECIDE),
                    Map.entry("POST /api/bookings/{id}/rejection", Rule.BOOKING_DECIDE),
                    Map.entry("POST /api/bookings/{id}/cancellation", Rule.BOOKING_CANCEL),
                    Map.entry("GET /api/houses/{id}/availability", Rule.PUBLIC),
                    Map.entry("GET /api/houses/{id}/week", Rule.PUBLIC),
                    Map.entry("GET /api/houses/{id}/free-rooms", Rule.PUBLIC),
                    Map.entry("GET /api/houses/{id}/blackouts", Rule.PUBLIC),
                    Map.entry("POST /api/houses/{id}/blackouts", Rule.HOUSE_MANAGE),
                    Map.entry("DELETE /api/blackouts/{id}", Rule.BLACKOUT_MANAGE),
                    Map.entry("GET /api/holidays", Rule.PUBLIC),
                    Map.entry("POST /api/holidays", Rule.ADMIN),
                    Map.entry("DELETE /api/holidays/{id}", Rule.HOLIDAY_REMOVE),
                    Map.entry("POST /api/bookings/{id}/change", Rule.BOOKING_ACT),
                    Map.entry("POST /api/bookings/{id}/series-cancellation", Rule.BOOKING_CANCEL),
                    Map.entry("POST /api/bookings/{id}/check-in", Rule.BOOKING_CHECKIN),
                    Map.entry("GET /api/bookings/usage", Rule.SIGNED_IN),
                    Map.entry("POST /api/series/preview", Rule.SIGNED_IN),
                    Map.entry("POST /api/series", Rule.SIGNED_IN),
                    Map.entry("GET /api/series/{id}", Rule.SERIES_VIEW),
                    Map.entry("POST /api/series/{id}/approval", Rule.SERIES_DECIDE),
                    Map.entry("POST /api/series/{id}/rejection", Rule.SERIES_DECIDE),
                    Map.entry("PUT /api/houses/{id}/quotas", Rule.HOUSE_MANAGE),
                    Map.entry("GET /api/houses/{id}/day-list", Rule.HOUSE_STAFF),
                    Map.entry("GET /api/houses/{id}/presence-codes", Rule.HOUSE_MANAGE),
                    Map.entry("POST /api/rooms/{id}/check-in", Rule.SIGNED_IN),
                    Map.entry("GET /api/rooms/{id}/feed.ics", Rule.PUBLIC),
                    Map.entry("GET /api/rooms/{id}/qr.png", Rule.PUBLIC),
                    Map.entry("GET /api/feeds/{secret}.ics", Rule.PUBLIC),
                    Map.entry("POST /api/me/feed", Rule.SIGNED_IN),
                    Map.entry("DELETE /api/me/feed", Rule.SIGNED_IN),
                    Map.entry("POST /api/waitlist", Rule.SIGNED_IN),
                    Map.entry("GET /api/waitlist/mine", Rule.SIGNED_IN),
                    Map.entry("POST /api/waitlist/{id}/acceptance", Rule.SIGNED_IN),
                    Map.entry("DELETE /api/waitlist/{id}", Rule.SIGNED_IN),
                    Map.entry("GET /api/events", Rule.PUBLIC),
                    Map.entry("GET /api/events/{id}", Rule.PUBLIC),
                    Map.entry("GET /api/events/feed.ics", Rule.PUBLIC),
                    Map.entry("POST /api/events", Rule.EVENT_ORGANISE),
                    Map.entry("POST /api/events/preview", Rule.EVENT_ORGANISE),
                    Map.entry("POST /api/events/{id}/cancellation", Rule.EVENT_MANAGE),
                    Map.entry("GET /api/events/{id}/registrations", Rule.EVENT_MANAGE),
                    Map.entry("POST /api/events/{id}/registrations", Rule.PUBLIC),
                    Map.entry("POST /api/registrations/cancellation", Rule.PUBLIC),
                    Map.entry("GET /api/settings/ngo-day", Rule.PUBLIC),
                    Map.entry("PUT /api/settings/ngo-day", Rule.ADMIN),
                    Map.entry("GET /api/alternatives", Rule.SIGNED_IN),
                    Map.entry("POST /api/alternatives/{id}/acceptance", Rule.SIGNED_IN),
                    Map.entry("GET /api/lease-windows", Rule.PUBLIC),
                    Map.entry("POST /api/lease-windows", Rule.EVENT_ORGANISE),
                    Map.entry("GET /api/regions/{code}/lease-subsidy", Rule.PUBLIC),
                    Map.entry("PUT /api/regions/{code}/lease-subsidy", Rule.ADMIN),
                    Map.entry("POST /api/leases", Rule.SIGNED_IN),
                    Map.entry("GET /api/leases/mine", Rule.SIGNED_IN),
                    Map.entry("GET /api/leases/queue", Rule.STAFF_ONLY),
                    Map.entry("GET /api/leases/{id}", Rule.LEASE_VIEW),
                    Map.entry("PUT /api/leases/{id}", Rule.LEASE_ACT),
                    Map.entry("POST /api/leases/{id}/submission", Rule.LEASE_ACT),
                    Map.entry("POST /api/leases/{id}/withdrawal", Rule.LEASE_ACT),
                    Map.entry("POST /api/leases/{id}/recommendation", Rule.LEASE_RECOMMEND),
                    Map.entry("POST /api/leases/{id}/approval", Rule.LEASE_DECIDE),
                    Map.entry("POST /api/leases/{id}/rejection", Rule.LEASE_DECIDE),
                    Map.entry("POST /api/leases/{id}/termination", Rule.LEASE_DECIDE),
                    Map.entry("GET /api/leases/{id}/competition", Rule.LEASE_STAFF_VIEW),
                    Map.entry("GET /api/leases/{id}/schedule", Rule.LEASE_VIEW),
                    Map.entry("GET /api/leases/{id}/summary.pdf", Rule.LEASE_VIEW),
                    Map.entry("GET /api/reports/occupancy/{year}", Rule.ADMIN),
                    Map.entry("GET /api/reports/occupancy/{year}/export", Rule.ADMIN),
                    Map.entry("POST /api/reports/occupancy/{year}/publications", Rule.ADMIN),
                    Map.entry("GET /api/reports/published", Rule.PUBLIC),
                    Map.entry("GET /api/reports/published/{year}", Rule.PUBLIC),
                    Map.entry("GET /api/reports/published/{year}/{version}", Rule.PUBLIC),
                    Map.entry("GET /api/reports/published/{year}/{version}/export", Rule.PUBLIC),
                    Map.entry("POST /api/imports", Rule.NGO_IMPORT),
                    Map.entry("GET /api/imports/{id}", Rule.SIGNED_IN),
                    Map.entry("PUT /api/imports/{id}/mapping", Rule.SIGNED_IN),
                    Map.entry("POST /api/imports/{id}/dry-run", Rule.SIGNED_IN),
                    Map.entry("POST /api/imports/{id}/apply", Rule.SIGNED_IN),
                    Map.entry("GET /api/imports/{id}/rows", Rule.SIGNED_IN),
                    Map.entry("GET /api/imports/{id}/refused.xlsx", Rule.SIGNED_IN));

    private static final Set<Demo> STAFF =
            Set.of(
                    Demo.ADMIN,
                    Demo.APPROVER_ASTANA,
                    Demo.APPROVER_ALMATY,
                    Demo.MANAGER_ASTANA,
                    Demo.MANAGER_ALMATY);
    private static final Set<Demo> DECIDERS =
            Set.of(
                    Demo.APPROVER_ASTANA,
                    Demo.APPROVER_ALMATY,
                    Demo.MANAGER_ASTANA,
                    Demo.MANAGER_ALMATY);
    private static final Set<Demo> ASTANA = Set.of(Demo.ADMIN, Demo.MANAGER_ASTANA);
    private static final Set<Demo> ALMATY = Set.of(Demo.ADMIN, Demo.MANAGER_ALMATY);

    /**
     * Every protected page, with the addresses tried (own and foreign objects) and who may open
     * each.
     */
    private static final Map<String, Map<String, Set<Demo>>> PAGES =
            Map.ofEntries(
                    Map.entry("account/profile.xhtml", Map.of("", Set.of(Demo.values()))),
                    Map.entry("staff/index.xhtml", Map.of("", STAFF)),
                    Map.entry("staff/inbox.xhtml", Map.of("", STAFF)),
                    Map.entry("staff/import.xhtml", Map.of("", STAFF)),
                    Map.entry("staff/house.xhtml", Map.of("?id=1", ASTANA, "?id=2", ALMATY)),
                    Map.entry(
                            "staff/room.xhtml",
                            Map.of(
                                    "?id=1",
                                    ASTANA,
                                    "?id=6",
                                    ALMATY,
                                    "?house=1",
                                    ASTANA,
                                    "?house=2",
                                    ALMATY)),
                    Map.entry(
                            "staff/office.xhtml",
                            Map.of("?id=1", ASTANA, "?id=5", ALMATY, "?house=2", ALMATY)),
                    Map.entry("admin/staff.xhtml", Map.of("", Set.of(Demo.ADMIN))),
                    Map.entry("admin/audit.xhtml", Map.of("", Set.of(Demo.ADMIN))),
                    Map.entry("admin/houses.xhtml", Map.of("", Set.of(Demo.ADMIN))),
                    Map.entry("admin/equipment.xhtml", Map.of("", Set.of(Demo.ADMIN))),
                    Map.entry("admin/eligibility.xhtml", Map.of("", Set.of(Demo.ADMIN))),
                    Map.entry("ngo/index.xhtml", Map.of("", Set.of(Demo.values()))),
                    Map.entry("ngo/book.xhtml", Map.of("?room=1", Set.of(Demo.values()))),
                    Map.entry("ngo/series.xhtml", Map.of("?room=1", Set.of(Demo.values()))),
                    Map.entry("ngo/checkin.xhtml", Map.of("?room=1", Set.of(Demo.values()))),
                    Map.entry(
                            "ngo/occurrence.xhtml",
                            Map.of(
                                    "?id={BOOKING-1}",
                                    Set.of(
                                            Demo.NGO,
                                            Demo.ADMIN,
                                            Demo.MANAGER_ASTANA,
                                            Demo.APPROVER_ASTANA))),
                    Map.entry(
                            "staff/today.xhtml",
                            Map.of(
                                    "?house=1",
                                    Set.of(Demo.ADMIN, Demo.MANAGER_ASTANA, Demo.APPROVER_ASTANA),
                                    "?house=2",
                                    Set.of(Demo.ADMIN, Demo.MANAGER_ALMATY, Demo.APPROVER_ALMATY))),
                    Map.entry("staff/qr.xhtml", Map.of("?house=1", ASTANA, "?house=2", ALMATY)),
                    Map.entry(
                            "staff/frontdesk.xhtml",
                            Map.of("?house=1", ASTANA, "?house=2", ALMATY)),
                    Map.entry("ngo/bookings.xhtml", Map.of("", Set.of(Demo.values()))),
                    Map.entry("staff/bookings.xhtml", Map.of("", STAFF)),
                    Map.entry(
                            "staff/blackouts.xhtml",
                            Map.of("?house=1", ASTANA, "?house=2", ALMATY)),
                    Map.entry("admin/holidays.xhtml", Map.of("", Set.of(Demo.ADMIN))),
                    Map.entry("ngo/leases.xhtml", Map.of("", Set.of(Demo.values()))),
                    Map.entry(
                            "ngo/lease.xhtml",
                            Map.of(
                                    "?id={LEASE-1}",
                                    Set.of(
                                            Demo.NGO,
                                            Demo.ADMIN,
                                            Demo.MANAGER_ASTANA,
                                            Demo.APPROVER_ASTANA))),
                    Map.entry("staff/leases.xhtml", Map.of("", STAFF)),
                    Map.entry(
                            "staff/reports.xhtml",
                            Map.of(
                                    "",
                                    Set.of(Demo.ADMIN, Demo.APPROVER_ASTANA, Demo.APPROVER_ALMATY),
                                    "?region=KZ-71",
                                    Set.of(Demo.ADMIN, Demo.APPROVER_ASTANA),
                                    "?house=2",
                                    Set.of(Demo.ADMIN, Demo.APPROVER_ALMATY))),
                    Map.entry(
                            "staff/events.xhtml",
                            Map.of(
                                    "",
                                    Set.of(
                                            Demo.ADMIN,
                                            Demo.APPROVER_ASTANA,
                                            Demo.APPROVER_ALMATY))),
                    Map.entry("ngo/register.xhtml", Map.of("", Set.of(Demo.values()))),
                    Map.entry("ngo/join.xhtml", Map.of("", Set.of(Demo.values()))),
                    Map.entry(
                            "ngo/ngo.xhtml",
                            Map.of(
                                    "?id={KZ-71}",
                                            Set.of(Demo.NGO, Demo.APPROVER_ASTANA, Demo.ADMIN),
                                    "?id={KZ-75}",
                                            Set.of(Demo.NGO, Demo.APPROVER_ALMATY, Demo.ADMIN))),
                    Map.entry(
                            "staff/filings.xhtml",
                            Map.of(
                                    "",
                                    Set.of(
                                            Demo.ADMIN,
                                            Demo.APPROVER_ASTANA,
                                            Demo.APPROVER_ALMATY))),
                    Map.entry(
                            "staff/ngos.xhtml",
                            Map.of(
                                    "",
                                    Set.of(
                                            Demo.ADMIN,
                                            Demo.APPROVER_ASTANA,
                                            Demo.APPROVER_ALMATY))),
                    Map.entry(
                            "staff/ngo.xhtml",
                            Map.of(
                                    "?id={KZ-71}", Set.of(Demo.APPROVER_ASTANA, Demo.ADMIN),
                                    "?id={KZ-75}", Set.of(Demo.APPROVER_ALMATY, Demo.ADMIN))));

    /** The Houses each role may see the staff of. */
    private static final Map<Demo, Set<Long>> HOUSES_IN_SCOPE =
            new EnumMap<>(
                    Map.of(
                            Demo.ADMIN, Set.of(1L, 2L),
                            Demo.MANAGER_ASTANA, Set.of(1L),
                            Demo.APPROVER_ASTANA, Set.of(1L),
                            Demo.MANAGER_ALMATY, Set.of(2L),
                            Demo.APPROVER_ALMATY, Set.of(2L),
                            Demo.NGO, Set.of()));

    @ArquillianResource private URL base;

    /**
     * One API-token client per role, for the whole class (tokens survive "sign out everywhere").
     */
    private static final Map<Demo, Api> tokenClients = new EnumMap<>(Demo.class);

    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void signInEveryRole() {
        if (tokenClients.isEmpty()) {
            for (Demo person : Demo.values()) {
                tokenClients.put(person, Api.withToken(base, person.email(), Demo.password()));
            }
        }
    }

    @Test
    void everyEndpointHasARule() {
        assertEquals(new TreeSet<>(ENDPOINTS.keySet()), discoveredEndpoints());
    }

    @Test
    void everyEndpointAllowsAndRefusesAsItsRuleSays() {
        long ngoAccount =
                tokenClients.get(Demo.NGO).get("api/me").object().getJsonNumber("id").longValue();
        for (Map.Entry<String, Rule> endpoint : new TreeMap<>(ENDPOINTS).entrySet()) {
            String method = endpoint.getKey().split(" ")[0];
            String template = endpoint.getKey().split(" ")[1].substring(1);
            switch (endpoint.getValue()) {
                case PUBLIC -> everyone(method, fill(template, ngoAccount), null);
                case SIGNED_IN ->
                        everyone(method, fill(template, ngoAccount), person -> person != null);
                case SIGNED_IN_ENDS_TOKENS -> {
                    everyone(method, fill(template, ngoAccount), person -> person != null);
                    for (Demo person : Demo.values()) {
                        tokenClients.put(
                                person, Api.withToken(base, person.email(), Demo.password()));
                    }
                }
                case SESSION_ONLY -> sessionOnly(method, fill(template, ngoAccount));
                case ADMIN -> {
                    everyone(method, fill(template, ngoAccount), person -> person == Demo.ADMIN);
                    if (template.contains("{id}")) {
                        // A tampered account id: refused to others, unknown to the administrator.
                        String tampered =
                                template.replace("{id}", "987654321")
                                        .replace("{grantId}", "987654321");
                        expect(Demo.ADMIN, method, tampered, 404);
                        expect(Demo.MANAGER_ASTANA, method, tampered, 403);
                    }
                }
                case HOUSE_STAFF -> {
                    for (long house : new long[] {1, 2}) {
                        everyone(
                                method,
                                template.replace("{id}", Long.toString(house)),
                                person ->
                                        person != null
                                                && HOUSES_IN_SCOPE.get(person).contains(house));
                    }
                    expect(Demo.ADMIN, method, template.replace("{id}", "987654321"), 404);
                }
                case OWN_TOKEN -> ownTokenOnly(method, template);
                case HOUSE_MANAGE -> {
                    for (long house : new long[] {1, 2}) {
                        everyone(
                                method,
                                template.replace("{id}", Long.toString(house)),
                                person -> managesHouse(person, house));
                    }
                }
                case ROOM_MANAGE -> scoped(method, template, fixtures().heldRooms());
                case OFFICE_MANAGE -> scoped(method, template, fixtures().heldOffices());
                case PHOTO_MANAGE -> scoped(method, template, fixtures().photos());
                case NGO_LIST ->
                        everyone(
                                method,
                                template.substring(0),
                                person ->
                                        person == Demo.ADMIN
                                                || person == Demo.APPROVER_ASTANA
                                                || person == Demo.APPROVER_ALMATY);
                case NGO_VIEW -> byRegion(method, template, demoNgos(), this::viewsNgo);
                case NGO_ACT ->
                        byRegion(
                                method,
                                template,
                                demoNgos(),
                                (person, region) -> person == Demo.NGO);
                case NGO_DECIDE ->
                        byRegion(method, template, demoNgos(), AuthorizationMatrixIT::decidesIn);
                case FILING_VIEW -> byRegion(method, template, demoFilings(), this::viewsNgo);
                case FILING_ACT ->
                        byRegion(
                                method,
                                template,
                                demoFilings(),
                                (person, region) -> person == Demo.NGO);
                case FILING_DECIDE ->
                        byRegion(method, template, demoFilings(), AuthorizationMatrixIT::decidesIn);
                case BOOKING_VIEW ->
                        byHouse(
                                method,
                                template,
                                bookings(),
                                (person, house) ->
                                        person == Demo.NGO
                                                || HOUSES_IN_SCOPE.get(person).contains(house));
                case BOOKING_DECIDE ->
                        byHouse(
                                method,
                                template,
                                bookings(),
                                (person, house) ->
                                        person != Demo.ADMIN
                                                && HOUSES_IN_SCOPE.get(person).contains(house));
                case BOOKING_CANCEL ->
                        byHouse(
                                method,
                                template,
                                bookings(),
                                (person, house) ->
                                        person == Demo.NGO
                                                || (person != Demo.ADMIN
                                                        && HOUSES_IN_SCOPE
                                                                .get(person)
                                                                .contains(house)));
                case BOOKING_ACT ->
                        byHouse(
                                method,
                                template,
                                bookings(),
                                (person, house) -> person == Demo.NGO);
                case BOOKING_CHECKIN ->
                        byHouse(
                                method,
                                template,
                                bookings(),
                                (person, house) ->
                                        person == Demo.NGO || managesHouse(person, house));
                case SERIES_VIEW ->
                        byHouse(
                                method,
                                template,
                                series(),
                                (person, house) ->
                                        person == Demo.NGO
                                                || HOUSES_IN_SCOPE.get(person).contains(house));
                case SERIES_DECIDE ->
                        byHouse(
                                method,
                                template,
                                series(),
                                (person, house) ->
                                        person != Demo.ADMIN
                                                && HOUSES_IN_SCOPE.get(person).contains(house));
                case BOOKING_QUEUE ->
                        everyone(
                                method,
                                template,
                                person -> person != null && DECIDERS.contains(person));
                case BLACKOUT_MANAGE -> scoped(method, template, blackouts());
                case EVENT_ORGANISE ->
                        everyone(
                                method,
                                template,
                                person ->
                                        person == Demo.ADMIN
                                                || person == Demo.APPROVER_ASTANA
                                                || person == Demo.APPROVER_ALMATY);
                case NGO_IMPORT ->
                        everyone(
                                method,
                                template,
                                person ->
                                        person == Demo.ADMIN
                                                || person == Demo.APPROVER_ASTANA
                                                || person == Demo.APPROVER_ALMATY);
                case STAFF_ONLY ->
                        everyone(
                                method,
                                template,
                                person -> person != null && STAFF.contains(person));
                case LEASE_VIEW ->
                        byHouse(
                                method,
                                template,
                                lease(),
                                (person, house) ->
                                        person == Demo.NGO
                                                || HOUSES_IN_SCOPE.get(person).contains(house));
                case LEASE_STAFF_VIEW ->
                        byHouse(
                                method,
                                template,
                                lease(),
                                (person, house) ->
                                        person != Demo.NGO
                                                && HOUSES_IN_SCOPE.get(person).contains(house));
                case LEASE_ACT ->
                        byHouse(method, template, lease(), (person, house) -> person == Demo.NGO);
                case LEASE_RECOMMEND ->
                        byHouse(
                                method,
                                template,
                                lease(),
                                (person, house) -> managesHouse(person, house));
                case LEASE_DECIDE ->
                        byHouse(
                                method,
                                template,
                                lease(),
                                (person, house) -> person == Demo.APPROVER_ASTANA);
                case EVENT_MANAGE ->
                        byRegion(
                                method,
                                template,
                                events(),
                                (person, region) ->
                                        person == Demo.ADMIN || decidesIn(person, region));
                case HOLIDAY_REMOVE -> {
                    String path = template.replace("{id}", Long.toString(holiday()));
                    everyone(method, path, person -> person == Demo.ADMIN);
                    expect(Demo.ADMIN, method, template.replace("{id}", "987654321"), 404);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyProtectedPageAllowsAndRefusesByRole() throws IOException {
        Map<Demo, Api> sessions = new EnumMap<>(Demo.class);
        for (Demo person : Demo.values()) {
            sessions.put(person, Api.signedIn(base, person.email(), Demo.password()));
        }
        assertEquals(new TreeSet<>(PAGES.keySet()), new TreeSet<>(discoveredPages()));
        for (Map.Entry<String, Map<String, Set<Demo>>> page : new TreeMap<>(PAGES).entrySet()) {
            for (Map.Entry<String, Set<Demo>> address : page.getValue().entrySet()) {
                String url = page.getKey() + ngoAddress(address.getKey());
                Api.Reply anonymous = Api.anonymous(base).get(url);
                if (anonymous.status() != 302
                        || !anonymous
                                .headers()
                                .firstValue("Location")
                                .orElse("")
                                .contains("sign-in.xhtml")) {
                    failures.add(
                            url
                                    + " as nobody: "
                                    + anonymous.status()
                                    + " (expected a redirect to sign-in)");
                }
                for (Demo person : Demo.values()) {
                    int status = sessions.get(person).get(url).status();
                    int expected = address.getValue().contains(person) ? 200 : 403;
                    if (status != expected) {
                        failures.add(
                                url
                                        + " as "
                                        + person
                                        + ": "
                                        + status
                                        + " (expected "
                                        + expected
                                        + ")");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // --- helpers

    /** "{KZ-71}" in a page address stands for the demo NGO of that region. */
    private String ngoAddress(String query) {
        if (query.contains("{LEASE-1}")) {
            return query.replace("{LEASE-1}", Long.toString(lease().get(1L)));
        }
        if (query.contains("{BOOKING-1}")) {
            return query.replace("{BOOKING-1}", Long.toString(bookings().get(1L)));
        }
        if (!query.contains("{KZ-")) {
            return query;
        }
        String region = query.substring(query.indexOf('{') + 1, query.indexOf('}'));
        return query.replace("{" + region + "}", Long.toString(demoNgos().get(region)));
    }

    private static boolean managesHouse(Demo person, long house) {
        return person == Demo.ADMIN
                || (house == 1 && person == Demo.MANAGER_ASTANA)
                || (house == 2 && person == Demo.MANAGER_ALMATY);
    }

    private boolean viewsNgo(Demo person, String region) {
        return person == Demo.NGO || person == Demo.ADMIN || decidesIn(person, region);
    }

    private static boolean decidesIn(Demo person, String region) {
        return (person == Demo.APPROVER_ASTANA && region.equals("KZ-71"))
                || (person == Demo.APPROVER_ALMATY && region.equals("KZ-75"));
    }

    private interface RegionRule {
        boolean allows(Demo person, String region);
    }

    /** Tries an object of each region: the id decides, through the object's own region. */
    private void byRegion(
            String method, String template, Map<String, Long> idByRegion, RegionRule rule) {
        for (Map.Entry<String, Long> entry : idByRegion.entrySet()) {
            String region = entry.getKey();
            everyone(
                    method,
                    template.replace("{id}", Long.toString(entry.getValue())),
                    person -> person != null && rule.allows(person, region));
        }
    }

    /** The demo NGO representative's NGOs in Astana and Almaty (both verified, with a filing). */
    private Map<String, Long> demoNgos() {
        Map<String, Long> byRegion = new TreeMap<>();
        for (JsonObject ngo :
                tokenClients
                        .get(Demo.NGO)
                        .get("api/ngos/mine")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)) {
            if (ngo.getString("identity").equals("VERIFIED")) {
                byRegion.putIfAbsent(
                        ngo.getString("regionCode"), ngo.getJsonNumber("id").longValue());
            }
        }
        assertEquals(java.util.Set.of("KZ-71", "KZ-75"), byRegion.keySet());
        return byRegion;
    }

    private Map<String, Long> demoFilings() {
        Map<String, Long> byRegion = new TreeMap<>();
        demoNgos()
                .forEach(
                        (region, id) ->
                                byRegion.put(
                                        region,
                                        tokenClients
                                                .get(Demo.ADMIN)
                                                .get("api/ngos/" + id)
                                                .object()
                                                .getJsonArray("filings")
                                                .getJsonObject(0)
                                                .getJsonNumber("id")
                                                .longValue()));
        return byRegion;
    }

    private interface HouseRule {
        boolean allows(Demo person, long house);
    }

    /** Tries an object of each House with a rule that depends on the House. */
    private void byHouse(
            String method, String template, Map<Long, Long> idByHouse, HouseRule rule) {
        for (Map.Entry<Long, Long> entry : idByHouse.entrySet()) {
            long house = entry.getKey();
            everyone(
                    method,
                    template.replace("{id}", Long.toString(entry.getValue())),
                    person -> person != null && rule.allows(person, house));
        }
    }

    private static Map<Long, Long> bookings;

    /**
     * A confirmed booking in each House, by the demo representative's NGO of that House's region,
     * in a room made for the test.
     */
    private Map<Long, Long> bookings() {
        if (bookings == null) {
            Api ngo = tokenClients.get(Demo.NGO);
            java.time.LocalDate day = Slots.workingDay(base, 10);
            Map<Long, Long> made = new TreeMap<>();
            for (long house : new long[] {1, 2}) {
                long room = Slots.freshRoom(base, house, false, 10);
                long ngoId = house == 1 ? Slots.astanaNgo(ngo) : Slots.almatyNgo(ngo);
                made.put(
                        house,
                        idOf(
                                ngo.post(
                                        "api/bookings",
                                        Slots.request(ngoId, room, day, "10:00", "11:00", 5))));
            }
            bookings = made;
        }
        return bookings;
    }

    private static Map<Long, Long> series;

    /** A hall's series of one pending occurrence in each House, made for the test. */
    private Map<Long, Long> series() {
        if (series == null) {
            Api ngo = tokenClients.get(Demo.NGO);
            java.time.LocalDate day = Slots.workingDay(base, 13);
            Map<Long, Long> made = new TreeMap<>();
            for (long house : new long[] {1, 2}) {
                long hall = Slots.freshRoom(base, house, true, 30);
                long ngoId = house == 1 ? Slots.astanaNgo(ngo) : Slots.almatyNgo(ngo);
                Api.Reply saved =
                        ngo.post(
                                "api/series",
                                "{\"ngoId\":"
                                        + ngoId
                                        + ",\"roomId\":"
                                        + hall
                                        + ",\"start\":\"10:00\",\"end\":\"11:00\",\"purpose\":\"Matrix\",\"attendees\":5,\"kind\":\"WEEKLY\",\"weekdays\":[\""
                                        + day.getDayOfWeek()
                                        + "\"],\"first\":\""
                                        + day
                                        + "\",\"count\":1}");
                if (saved.status() != 201) {
                    throw new AssertionError("series: " + saved.status() + " " + saved.body());
                }
                made.put(house, saved.object().getJsonNumber("seriesId").longValue());
            }
            series = made;
        }
        return series;
    }

    /** A blackout in each House, set by the administrator for the test. */
    private Map<Long, Long> blackouts() {
        Map<Long, Long> made = new TreeMap<>();
        for (long house : new long[] {1, 2}) {
            made.put(
                    house,
                    idOf(
                            tokenClients
                                    .get(Demo.ADMIN)
                                    .post(
                                            "api/houses/" + house + "/blackouts",
                                            "{\"from\":\"2027-03-01T10:00\",\"to\":\"2027-03-01T11:00\",\"reason\":\"matrix\"}")));
        }
        return made;
    }

    private static Map<Long, Long> lease;

    /** A submitted lease application in the Astana House, by a fresh eligible NGO. */
    private Map<Long, Long> lease() {
        if (lease == null) {
            Api rep = tokenClients.get(Demo.NGO);
            long ngo =
                    kz.housesofdemocracy.testing.Leasing.eligibleNgo(
                            base,
                            rep,
                            tokenClients.get(Demo.APPROVER_ASTANA),
                            "KZ-71",
                            "Matrix lease");
            lease =
                    Map.of(
                            1L,
                            idOf(
                                    rep.post(
                                            "api/leases",
                                            kz.housesofdemocracy.testing.Leasing.application(
                                                    ngo, 1, null, 1, true))));
        }
        return lease;
    }

    /** A regional event in Astana and in Almaty, made by the administrator for the test. */
    private Map<String, Long> events() {
        Map<String, Long> made = new TreeMap<>();
        for (String region : new String[] {"KZ-71", "KZ-75"}) {
            made.put(
                    region,
                    idOf(
                            tokenClients
                                    .get(Demo.ADMIN)
                                    .post(
                                            "api/events",
                                            "{\"scope\":\"REGIONAL\",\"regionCode\":\""
                                                    + region
                                                    + "\",\"title\":{\"en\":\"Matrix forum\"},\"date\":\"2027-03-02\",\"start\":\"10:00\",\"end\":\"12:00\",\"capacity\":5}")));
        }
        return made;
    }

    /** A public holiday far ahead, made by the administrator for the test. */
    private long holiday() {
        return idOf(
                tokenClients
                        .get(Demo.ADMIN)
                        .post(
                                "api/holidays",
                                "{\"date\":\"2090-06-15\",\"kk\":\"Матрица күні\",\"ru\":\"День матрицы\",\"en\":\"Matrix day\"}"));
    }

    /** Tries an object of each House: the id decides, through the object's own House. */
    private void scoped(String method, String template, Map<Long, Long> idByHouse) {
        for (Map.Entry<Long, Long> entry : idByHouse.entrySet()) {
            long house = entry.getKey();
            everyone(
                    method,
                    template.replace("{id}", Long.toString(entry.getValue())),
                    person -> managesHouse(person, house));
        }
    }

    /**
     * Objects made for this test in each House; held ones cannot be retired, so DELETE changes
     * nothing.
     */
    record Fixtures(
            Map<Long, Long> heldRooms, Map<Long, Long> heldOffices, Map<Long, Long> photos) {}

    private static Fixtures fixtures;

    private Fixtures fixtures() {
        if (fixtures == null) {
            Api admin = tokenClients.get(Demo.ADMIN);
            Map<Long, Long> rooms = new TreeMap<>();
            Map<Long, Long> offices = new TreeMap<>();
            Map<Long, Long> photos = new TreeMap<>();
            for (long house : new long[] {1, 2}) {
                rooms.put(
                        house,
                        idOf(
                                admin.post(
                                        "api/houses/" + house + "/rooms",
                                        "{\"kind\":\"MEETING_ROOM\",\"name\":{\"en\":\"[held] matrix room\"},\"capacity\":4,\"hourlyRateKzt\":1}")));
                offices.put(
                        house,
                        idOf(
                                admin.post(
                                        "api/houses/" + house + "/offices",
                                        "{\"name\":{\"en\":\"[held] matrix office\"},\"areaSquareMetres\":10,\"floor\":1,\"monthlyRentKzt\":1,\"availableFrom\":\"2027-01-01\"}")));
                photos.put(
                        house,
                        idOf(
                                admin.upload(
                                        "POST",
                                        "api/rooms/" + rooms.get(house) + "/photos",
                                        "image/png",
                                        kz.housesofdemocracy.testing.Images.png(8, 8))));
            }
            fixtures = new Fixtures(rooms, offices, photos);
        }
        return fixtures;
    }

    private static long idOf(Api.Reply created) {
        if (created.status() != 201) {
            throw new AssertionError("fixture: " + created.status() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private interface Allowed {
        boolean test(Demo person);
    }

    /** Tries the call as nobody and as every role; a null rule means public (never 403). */
    private void everyone(String method, String path, Allowed allowed) {
        check(null, Api.anonymous(base), method, path, allowed == null ? null : allowed.test(null));
        // Those refused first: an allowed DELETE may remove the object the others are tried on.
        List<Demo> order = new ArrayList<>(List.of(Demo.values()));
        order.sort(java.util.Comparator.comparing((Demo p) -> allowed != null && allowed.test(p)));
        for (Demo person : order) {
            check(
                    person,
                    tokenClients.get(person),
                    method,
                    path,
                    allowed == null ? null : allowed.test(person));
        }
    }

    /** An upload gets an (unusable) image body, everything else an empty JSON object. */
    private static Api.Reply call(Api api, String method, String path) {
        if (path.endsWith("/photos")) {
            return api.upload(method, path, "image/png", new byte[] {1, 2, 3});
        }
        if (path.equals("api/imports") && method.equals("POST")) {
            // A file of headers only: a job with nothing to import.
            return api.upload(
                    method,
                    "api/imports?kind=NGOS",
                    "text/csv",
                    "BIN;Region\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (path.endsWith("/receipt") && method.equals("PUT")) {
            return api.upload(method, path, "application/pdf", new byte[] {1, 2, 3});
        }
        return api.send(
                method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
    }

    private void check(Demo person, Api api, String method, String path, Boolean allowed) {
        Api.Reply reply = call(api, method, path);
        String who = person == null ? "nobody" : person.name();
        if (reply.status() >= 500) {
            failures.add(
                    method
                            + " "
                            + path
                            + " as "
                            + who
                            + ": "
                            + reply.status()
                            + " "
                            + reply.body());
        } else if (allowed == null) {
            if (reply.status() == 403) {
                failures.add(method + " " + path + " as " + who + ": 403 on a public endpoint");
            }
        } else if (allowed && reply.status() == 403) {
            failures.add(method + " " + path + " as " + who + ": refused but allowed by the rule");
        } else if (allowed && person != null && reply.status() == 401) {
            failures.add(method + " " + path + " as " + who + ": 401 with a valid token");
        } else if (!allowed && reply.status() != (person == null ? 401 : 403)) {
            failures.add(
                    method
                            + " "
                            + path
                            + " as "
                            + who
                            + ": "
                            + reply.status()
                            + " but the rule refuses");
        }
    }

    private void expect(Demo person, String method, String path, int status) {
        Api.Reply reply = call(tokenClients.get(person), method, path);
        if (reply.status() != status) {
            failures.add(
                    method
                            + " "
                            + path
                            + " as "
                            + person
                            + ": "
                            + reply.status()
                            + " (expected "
                            + status
                            + ")");
        }
    }

    /** Only a session may call: anonymous 401, every token 403, a session of each role 201. */
    private void sessionOnly(String method, String path) {
        check(null, Api.anonymous(base), method, path, false);
        for (Demo person : Demo.values()) {
            expect(person, method, path, 403);
            Api.Reply reply =
                    Api.signedIn(base, person.email(), Demo.password())
                            .send(method, path, Api.tokenRequest("matrix", Demo.password()));
            if (reply.status() != 201) {
                failures.add(
                        method + " " + path + " as " + person + " (session): " + reply.status());
            }
        }
    }

    /** A token id belongs to its owner: anyone else gets 404, the owner 204. */
    private void ownTokenOnly(String method, String template) {
        Api owner = Api.signedIn(base, Demo.MANAGER_ALMATY.email(), Demo.password());
        JsonObject created =
                owner.post("api/me/tokens", Api.tokenRequest("matrix", Demo.password())).object();
        String path =
                template.replace("{id}", Long.toString(created.getJsonNumber("id").longValue()));
        check(null, Api.anonymous(base), method, path, false);
        for (Demo person : Demo.values()) {
            if (person != Demo.MANAGER_ALMATY) {
                expect(person, method, path, 404);
            }
        }
        expect(Demo.MANAGER_ALMATY, method, path, 204);
    }

    private static String fill(String template, long accountId) {
        return template.replace("{id}", Long.toString(accountId))
                .replace("{grantId}", "987654321")
                .replace("{code}", "matrix-test")
                .replace("{secret}", "no-such-secret")
                .replace("{year}", "2029")
                .replace("{version}", "1");
    }

    private Set<String> discoveredEndpoints() {
        URL server;
        try {
            server = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        JsonObject paths =
                Api.anonymous(server).get("openapi?format=JSON").object().getJsonObject("paths");
        String prefix = base.getPath().replaceAll("/$", "");
        Set<String> found = new TreeSet<>();
        for (String path : paths.keySet()) {
            String relative =
                    path.startsWith(prefix + "/api") ? path.substring(prefix.length()) : path;
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    found.add(method.toUpperCase() + " " + relative);
                }
            }
        }
        return found;
    }

    private static List<String> discoveredPages() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(
                            p ->
                                    p.contains("/")
                                            && !p.startsWith("WEB-INF/")
                                            && !p.startsWith("public/")
                                            && !p.startsWith("dev/")
                                            && !p.startsWith("resources/"))
                    .sorted()
                    .toList();
        }
    }
}
