package kz.housesofdemocracy.testing;

import java.util.Collection;
import java.util.Map;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts, per thread, the rows EclipseLink reads back from the database: in all, and the most any
 * one statement returned. Beside {@code StatementCounter} (statements) it shows that a list page
 * never reads more rows than a page. Installed at run time by {@link VolumeProbe#countRows()}
 * (EclipseLink copies a session's listeners into every client session it acquires afterwards).
 */
public class RowCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> ROWS = ThreadLocal.withInitial(() -> new int[2]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        Object result = event.getResult();
        int rows;
        if (result instanceof Collection<?> many) {
            rows = many.size();
        } else if (result instanceof Map<?, ?>) {
            rows = 1; // one row (a database record is a map of its fields)
        } else {
            rows = 0; // an update count, or nothing
        }
        int[] counts = ROWS.get();
        counts[0] += rows;
        counts[1] = Math.max(counts[1], rows);
    }

    public static void reset() {
        int[] counts = ROWS.get();
        counts[0] = 0;
        counts[1] = 0;
    }

    /** Rows read since the last reset. */
    public static int rows() {
        return ROWS.get()[0];
    }

    /** The most rows one statement returned since the last reset. */
    public static int largest() {
        return ROWS.get()[1];
    }
}
