package se.delbart.shared;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;

/**
 * Background work that must never hold up a request or the shutdown: Spring's {@link ThreadPoolTaskExecutor} with one
 * daemon thread and a bounded queue; a task offered while the queue is full is refused
 * ({@link org.springframework.core.task.TaskRejectedException}), so the caller decides what a refusal means (drop it,
 * count it, try on the next request). Its pool is measured as {@code executor.*} with {@code name} as the tag. The
 * owner shuts it down.
 */
public final class BackgroundExecutors {

    private BackgroundExecutors() {
    }

    /** One daemon thread named {@code name-1} with room for {@code queue} waiting tasks. */
    public static ThreadPoolTaskExecutor singleThread(String name, int queue, MeterRegistry meters) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(name + "-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(queue);
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        ExecutorServiceMetrics.monitor(meters, executor.getThreadPoolExecutor(), name);
        return executor;
    }
}
