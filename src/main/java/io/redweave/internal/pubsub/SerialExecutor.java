package io.redweave.internal.pubsub;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded queue of tasks run one at a time, in order, on a shared executor: at most one thread works on it at
 * any moment, and it holds no thread while it is empty.
 *
 * <p>Tasks must not throw; an exception that escapes one is left to the executor's thread and the queue goes on.
 * Once the executor is shut down, waiting tasks are dropped.
 */
final class SerialExecutor implements Runnable {
    private final Executor executor;
    private final int capacity;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SerialExecutor(Executor executor, int capacity) {
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Queues a task; returns false, dropping it, when {@code capacity} tasks are already waiting. */
    boolean offer(Runnable task) {
        if (pending.incrementAndGet() > capacity) {
            pending.decrementAndGet();
            return false;
        }
        queue.add(task);
        schedule();
        return true;
    }

    /** The number of tasks waiting or running. */
    int pending() {
        return pending.get();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this);
            } catch (RejectedExecutionException shutDown) {
                queue.clear();
                pending.set(0);
                scheduled.set(false);
            }
        }
    }

    @Override
    public void run() {
        try {
            for (Runnable task = queue.poll(); task != null; task = queue.poll()) {
                try {
                    task.run();
                } finally {
                    pending.decrementAndGet();
                }
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }
}
