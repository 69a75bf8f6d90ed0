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
        /** The national administrator only. */
        ADMIN,
        /** The House's managers, its region's approvers, administrators; tried on two Houses. */
        HOUSE_STAFF,
        /** Only the owner of the token named by the id; anyone else's id is "not found". */
        OWN_TOKEN
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
                    Map.entry("PUT /api/me", Rule.SIGNED_IN),
                    Map.entry("POST /api/me/password", Rule.SIGNED_IN),
                    Map.entry("POST /api/me/sign-out-everywhere", Rule.SIGNED_IN),
                    Map.entry("GET /api/me/tokens", Rule.SIGNED_IN),
                    Map.entry("POST /api/me/tokens", Rule.SIGNED_IN),
                    Map.entry("DELETE /api/me/tokens/{id}", Rule.OWN_TOKEN),
                    Map.entry("GET /api/admin/accounts", Rule.ADMIN),
                    Map.entry("GET /api/admin/accounts/{id}/grants", Rule.ADMIN),
                    Map.entry("POST /api/admin/accounts/{id}/grants", Rule.ADMIN),
                    Map.entry("DELETE /api/admin/accounts/{id}/grants/{grantId}", Rule.ADMIN),
                    Map.entry("GET /api/audit", Rule.ADMIN));

    /** The rule for every folder of pages under src/main/webapp. */
    private static final Map<String, Set<Demo>> PAGE_FOLDERS =
            Map.of(
                    "ngo", Set.of(Demo.values()),
                    "staff",
                            Set.of(
                                    Demo.ADMIN,
                                    Demo.APPROVER_ASTANA,
                                    Demo.APPROVER_ALMATY,
                                    Demo.MANAGER_ASTANA,
                                    Demo.MANAGER_ALMATY),
                    "admin", Set.of(Demo.ADMIN),
                    "account", Set.of(Demo.values()));

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
        for (String page : discoveredPages()) {
            String folder = page.substring(0, page.indexOf('/'));
            Set<Demo> allowed = PAGE_FOLDERS.get(folder);
            if (allowed == null) {
                failures.add("no rule for the pages in " + folder + "/");
                continue;
            }
            Api.Reply anonymous = Api.anonymous(base).get(page);
            if (anonymous.status() != 302
                    || !anonymous
                            .headers()
                            .firstValue("Location")
                            .orElse("")
                            .contains("sign-in.xhtml")) {
                failures.add(
                        page
                                + " as nobody: "
                                + anonymous.status()
                                + " (expected a redirect to sign-in)");
            }
            for (Demo person : Demo.values()) {
                int status = sessions.get(person).get(page).status();
                int expected = allowed.contains(person) ? 200 : 403;
                if (status != expected) {
                    failures.add(
                            page
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
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // --- helpers

    private interface Allowed {
        boolean test(Demo person);
    }

    /** Tries the call as nobody and as every role; a null rule means public (never 403). */
    private void everyone(String method, String path, Allowed allowed) {
        check(null, Api.anonymous(base), method, path, allowed == null ? null : allowed.test(null));
        for (Demo person : Demo.values()) {
            check(
                    person,
                    tokenClients.get(person),
                    method,
                    path,
                    allowed == null ? null : allowed.test(person));
        }
    }

    private void check(Demo person, Api api, String method, String path, Boolean allowed) {
        Api.Reply reply =
                api.send(
                        method,
                        path,
                        method.equals("GET") || method.equals("DELETE") ? null : "{}");
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
        Api.Reply reply =
                tokenClients
                        .get(person)
                        .send(
                                method,
                                path,
                                method.equals("GET") || method.equals("DELETE") ? null : "{}");
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

    /** A token id belongs to its owner: anyone else gets 404, the owner 204. */
    private void ownTokenOnly(String method, String template) {
        Api owner = tokenClients.get(Demo.MANAGER_ALMATY);
        JsonObject created = owner.post("api/me/tokens", "{\"name\":\"matrix\"}").object();
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
        return template.replace("{id}", Long.toString(accountId)).replace("{grantId}", "987654321");
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
