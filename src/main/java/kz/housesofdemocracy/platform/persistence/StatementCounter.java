package kz.housesofdemocracy.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, so that a test (and a benchmark) can
 * show that a page costs the same number of queries whatever the data. It also keeps the text of
 * the last {@value #KEPT} statements since the last reset, so a test can say which they were.
 * Registered in persistence.xml; costs one thread-local increment and the statement's text kept
 * while fewer than that are.
 */
public class StatementCounter extends SessionEventAdapter {

    /** How many statements' texts are kept per thread (the count goes on beyond). */
    public static final int KEPT = 64;

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    private static final ThreadLocal<List<String>> CALLS = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
        List<String> calls = CALLS.get();
        if (calls.size() < KEPT && event.getCall() != null) {
            calls.add(text(event.getCall()));
        }
    }

    public static void reset() {
        COUNT.get()[0] = 0;
        CALLS.get().clear();
    }

    public static int count() {
        return COUNT.get()[0];
    }

    /** The statements sent since the last reset (at most {@value #KEPT}), as SQL text. */
    public static List<String> statements() {
        return List.copyOf(CALLS.get());
    }

    private static String text(Call call) {
        if (call instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall sql) {
            return sql.getSQLString();
        }
        return call.toString();
    }
}
