package kz.housesofdemocracy.imports.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.housesofdemocracy.imports.control.HeaderMatch;
import kz.housesofdemocracy.imports.control.ImportPassStarted;
import kz.housesofdemocracy.imports.control.SheetRows;

/**
 * Runs dry runs and applies in the background (the container's managed executor), once the
 * transaction that started them commits: the file is read as a stream and handed over in batches of
 * {@value #BATCH} rows, each committed whole by {@link ImportPasses}. Only the keys seen so far are
 * held in memory, never the file.
 */
@ApplicationScoped
public class ImportWorker {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @Resource private ManagedExecutorService executor;
    @Inject private ImportPasses passes;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** Whether a pass of this job runs on this node now. */
    public boolean isRunning(long jobId) {
        return running.contains(jobId);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportPassStarted started) {
        if (running.add(started.jobId())) {
            executor.execute(() -> run(started));
        }
    }

    private void run(ImportPassStarted started) {
        try {
            ImportPasses.Plan plan =
                    passes.plan(started.jobId(), started.caller(), started.apply());
            Set<String> keysSeen = new HashSet<>();
            List<ImportPasses.Row> batch = new ArrayList<>(BATCH);
            SheetRows.read(
                    plan.file(),
                    plan.format(),
                    (number, cells) -> {
                        if (number == 0) {
                            return true;
                        }
                        batch.add(
                                new ImportPasses.Row(
                                        number, HeaderMatch.values(plan.mapping(), cells)));
                        if (batch.size() == BATCH) {
                            hand(plan, batch, keysSeen);
                        }
                        return true;
                    });
            hand(plan, batch, keysSeen);
            passes.finish(plan);
        } catch (SheetRows.Unreadable e) {
            LOG.log(Level.WARNING, "import " + started.jobId() + ": file unreadable", e);
            passes.fail(started.jobId(), "import.error.unreadable");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import " + started.jobId() + " failed", e);
            passes.fail(started.jobId(), "import.error.failed");
        } finally {
            running.remove(started.jobId());
        }
    }

    /** Rows an earlier apply committed only give their keys; the rest are checked or applied. */
    private void hand(ImportPasses.Plan plan, List<ImportPasses.Row> batch, Set<String> keys) {
        List<ImportPasses.Row> done =
                batch.stream().filter(r -> r.number() <= plan.resumeAfter()).toList();
        List<ImportPasses.Row> todo =
                batch.stream().filter(r -> r.number() > plan.resumeAfter()).toList();
        if (!done.isEmpty()) {
            passes.keysOf(plan, done, keys);
        }
        passes.batch(plan, todo, keys);
        batch.clear();
    }
}
