package kz.housesofdemocracy.testing;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core on the pages the browser tests visit: any WCAG 2.1 A or AA violation fails the test that
 * met it.
 *
 * <p>One analysis costs 1–3 s on a busy two-core machine, so each page is analysed once per test
 * JVM. The key is the path (no query string), the page's {@code lang}, whether someone is signed
 * in, and which PrimeFaces dialogs are open (axe sees a dialog only while it is shown). Adding a
 * fingerprint of the page's element ids (to catch a preview or a form shown only after a choice)
 * was tried: over all browser tests it found no violation the shorter key missed, but analysed
 * twice as many states and added about 5 minutes to the run.
 *
 * <p>{@code -Dit.axe=report} lists violations in {@code target/axe-violations.txt} without failing
 * (to collect them all in one run); {@code -Dit.axe=off} skips axe (to measure what it costs).
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * WCAG 2.5.3 (Label in Name, level A): axe still calls its rule experimental and leaves it out
     * of the tags above, but Lighthouse's audit runs it, and a name that does not contain the
     * visible label defeats speech input.
     */
    static final String LABEL_IN_NAME = "label-content-name-mismatch";

    private static final String MODE = System.getProperty("it.axe", "fail");
    private static final Path REPORT =
            Path.of(System.getProperty("it.axe.report", "target/axe-violations.txt"));

    /** How many nodes of one rule a failure names. */
    private static final int TARGETS_SHOWN = 4;

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger ANALYSES = new AtomicInteger();
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();

    static {
        if (!"off".equals(MODE)) {
            Runtime.getRuntime().addShutdownHook(new Thread(Accessibility::summary));
        }
    }

    /** The ids of the PrimeFaces dialogs open now, comma-separated. */
    private static final String OPEN_DIALOGS =
            "Array.from(document.querySelectorAll('.ui-dialog')).filter(function (d) {"
                    + "  var style = getComputedStyle(d);"
                    + "  return style.display !== 'none' && style.visibility !== 'hidden'; })"
                    + ".map(function (d) { return d.id; }).join(',')";

    /**
     * The page state as one line; the script also marks the document (and its open dialogs) as
     * checked, so that {@link #isUnchecked} can tell a document nobody has looked at yet.
     */
    private static final String STATE =
            "var dialogs = "
                    + OPEN_DIALOGS
                    + ";"
                    + "window.__hodAxe = dialogs;"
                    + "return location.pathname + ' lang=' + document.documentElement.lang"
                    + " + (document.getElementById('signOutForm') ? ' signed-in' : ' visitor')"
                    + " + (dialogs ? ' dialog=' + dialogs : '');";

    private final WebDriver driver;

    /** Rules tolerated on one path, with the reason: see {@link Browser#tolerate}. */
    private final Map<String, String> tolerated = new ConcurrentHashMap<>();

    Accessibility(WebDriver driver) {
        this.driver = driver;
    }

    void tolerate(String pathEnd, String ruleId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why " + ruleId + " cannot be fixed");
        }
        tolerated.put(pathEnd + " " + ruleId, reason);
    }

    /**
     * Whether the document in the window (or its set of open dialogs) has not been checked yet: one
     * cheap script, asked before every element lookup, so pages reached by a plain click are
     * checked too.
     */
    boolean isUnchecked() {
        if ("off".equals(MODE)) {
            return false;
        }
        try {
            Object answer =
                    js().executeScript(
                                    "return window.__hodAxe === undefined || window.__hodAxe !== "
                                            + OPEN_DIALOGS
                                            + ";");
            return Boolean.TRUE.equals(answer);
        } catch (WebDriverException swapping) {
            return false;
        }
    }

    /** Analyses the page as it is now, unless a page in the same state was analysed already. */
    void check() {
        if ("off".equals(MODE)) {
            return;
        }
        String state;
        try {
            state = (String) js().executeScript(STATE);
        } catch (WebDriverException swapping) {
            return; // the document is being replaced: the next lookup checks the new one
        }
        if (state == null || !SEEN.add(state)) {
            SKIPPED.incrementAndGet();
            return;
        }
        long start = System.nanoTime();
        Results results;
        try {
            results = analyze();
        } catch (WebDriverException swapping) {
            SEEN.remove(state); // the page left while axe read it: analyse it at the next visit
            return;
        } finally {
            long took = System.nanoTime() - start;
            NANOS.addAndGet(took);
            ANALYSES.incrementAndGet();
            System.out.printf("axe: %d ms %s%n", took / 1_000_000, state);
        }
        String path = state.substring(0, state.indexOf(' '));
        List<Rule> violations =
                results.getViolations().stream()
                        .filter(rule -> !isTolerated(path, rule.getId()))
                        .toList();
        if (violations.isEmpty()) {
            return;
        }
        String report = describe(driver.getCurrentUrl(), state, violations);
        if ("report".equals(MODE)) {
            append(report);
            return;
        }
        throw new AssertionError(report);
    }

    private Results analyze() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        options.setRules(Map.of(LABEL_IN_NAME, enabled()));
        AxeBuilder axe =
                new AxeBuilder().withOptions(options).withTags(TAGS).disableIframeTesting();
        Results results = axe.analyze(driver);
        if (results.getError() != null || results.getErrorMessage() != null) {
            throw new AssertionError(
                    "axe could not analyse "
                            + driver.getCurrentUrl()
                            + ": "
                            + results.getErrorMessage(),
                    results.getError());
        }
        return results;
    }

    private static AxeRuleOptions enabled() {
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        return on;
    }

    private boolean isTolerated(String path, String ruleId) {
        return tolerated.keySet().stream()
                .anyMatch(
                        key ->
                                key.endsWith(" " + ruleId)
                                        && path.endsWith(
                                                key.substring(
                                                        0, key.length() - ruleId.length() - 1)));
    }

    static String describe(String url, String state, List<Rule> violations) {
        StringBuilder text =
                new StringBuilder(
                        violations.size()
                                + " WCAG 2.1 A/AA violation(s) at "
                                + url
                                + " ("
                                + state
                                + "):");
        for (Rule rule : violations) {
            List<CheckedNode> nodes = rule.getNodes();
            text.append("\n- ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("] ")
                    .append(rule.getHelp())
                    .append(" — ")
                    .append(nodes.size())
                    .append(" element(s): ")
                    .append(
                            nodes.stream()
                                    .limit(TARGETS_SHOWN)
                                    .map(node -> String.valueOf(node.getTarget()))
                                    .collect(Collectors.joining(", ")));
            if (nodes.size() > TARGETS_SHOWN) {
                text.append(", …");
            }
            if (!nodes.isEmpty() && nodes.get(0).getFailureSummary() != null) {
                text.append("\n    first: ")
                        .append(nodes.get(0).getHtml())
                        .append("\n    ")
                        .append(nodes.get(0).getFailureSummary().replace("\n", "\n    "));
            }
        }
        return text.toString();
    }

    private static synchronized void append(String report) {
        System.out.println("axe: " + report);
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(
                    REPORT,
                    report + "\n\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("axe: could not write " + REPORT + ": " + e);
        }
    }

    private static void summary() {
        String line =
                String.format(
                        "axe (%s): %d page states analysed in %.1f s, %d visits of a state already"
                                + " seen",
                        MODE, ANALYSES.get(), NANOS.get() / 1e9, SKIPPED.get());
        System.out.println(line);
        if ("report".equals(MODE)) {
            append(line);
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
