package se.delbart.shared;

import java.time.Duration;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;

/**
 * Scheduled work that runs on one instance at a time across all instances that share the database, through ShedLock
 * (JDBC provider, table {@code scheduled_lock}, the database's clock). A job holds its lock at most
 * {@code lockAtMostFor} (a crashed holder keeps it no longer) and at least {@code lockAtLeastFor} since it was taken,
 * so that instances whose schedules are a little apart do not run the same period's work one after the other.
 */
public class ExclusiveJobs {

    private final LockingTaskExecutor locks;

    public ExclusiveJobs(LockingTaskExecutor locks) {
        this.locks = locks;
    }

    /**
     * Runs {@code task} if no other instance holds the lock {@code name}; returns whether it ran. An exception of the
     * task is passed on after the lock is released (as far as {@code lockAtLeastFor} allows).
     */
    public boolean runExclusively(String name, Duration lockAtMostFor, Duration lockAtLeastFor, Runnable task) {
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), name, lockAtMostFor, lockAtLeastFor);
        try {
            TaskResult<Void> result = locks.executeWithLock(() -> {
                task.run();
                return null;
            }, lock);
            return result.wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
