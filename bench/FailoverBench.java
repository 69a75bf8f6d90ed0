import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Fault script 2: a person signed in through the balancer is half-way through the booking form
 * when the node that served them is killed with SIGKILL. They finish the form and submit: the
 * request lands on the other node, which knows their session (replicated) and the form's view
 * state (kept in that session), so there is no sign-in page, no "page expired", and the booking is
 * made. In Kazakh, in Debian's Chromium, with the test suite's own browser helper (compiled against
 * target/test-classes by bench/cluster-faults.sh).
 *
 * <p>{@code FailoverBench <balancer base URL> <rounds> <jdbc URL>}: the booking is looked for in the
 * database itself.
 */
public class FailoverBench {

    static long confirmedIn(String jdbc, long room) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc, "hod", "hod");
                java.sql.PreparedStatement s =
                        c.prepareStatement("SELECT count(*) FROM booking WHERE room_id = ? AND status = 'CONFIRMED'")) {
            s.setLong(1, room);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String jdbc = args[2];
        // The throughput runs before this one booked thousands of hours: lift the NGO's quotas.
        BookingBench.roomyQuotas(
                base.toString(), BookingBench.token(base.toString(), Demo.ADMIN.email()));
        int kept = 0;
        for (int round = 0; round < rounds; round++) {
            if (round(base, jdbc, round)) {
                kept++;
            }
        }
        System.out.printf("  %d of %d forms submitted after their node was killed%n", kept, rounds);
        System.out.println("RESULT failover kept=" + kept + " of=" + rounds);
    }

    static boolean round(URL base, String jdbc, int round) throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        LocalDate day = Slots.workingDay(base, 6 + round);
        Api api = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long ngo = Slots.astanaNgo(api);
        try (Browser rep = Browser.withLanguages("kk")) {
            rep.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            rep.open(base + "ngo/book.xhtml?room=" + room + "&date=" + day + "&start=10:00&lang=kk");
            rep.select(By.id("book:ngoId"), Long.toString(ngo));
            rep.waitForAjax();
            rep.select(By.id("book:end"), "12:00");
            rep.type(By.id("book:purpose"), "Тоқтаусыз жұмыс: түйін өшті");
            Cookie before = rep.driver().manage().getCookieNamed("HODNODE");
            String victim = before.getValue();
            long killed = System.nanoTime();
            cluster("kill9", victim);
            rep.type(By.id("book:attendees_input"), "5");
            rep.clickAndWait(By.id("book:submit"));
            double seconds = (System.nanoTime() - killed) / 1e9;
            String url = rep.driver().getCurrentUrl();
            String message = rep.messages();
            String after = rep.driver().manage().getCookieNamed("HODNODE").getValue();
            boolean booked = confirmedIn(jdbc, room) == 1;
            boolean ok =
                    message.equals(Bundle.text("kk", "booking.requestedConfirmed"))
                            && !url.contains("sign-in")
                            && !after.equals(victim)
                            && booked;
            System.out.printf(
                    "  round %d: served by %s, killed it, submitted; %.1f s from the kill to the answer; now on %s, page %s, message \"%s\", booking saved: %s%n",
                    round, victim, seconds, after, url.replaceFirst("\\?.*", ""), message, booked);
            // The killed node comes back for the next round.
            cluster("node", victim);
            return ok;
        }
    }

    /** bench/cluster.sh with these arguments, to its end. */
    static void cluster(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", Path.of("bench", "cluster.sh").toString()));
        command.addAll(java.util.List.of(args));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
