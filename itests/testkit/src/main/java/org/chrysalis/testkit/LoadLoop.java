package org.chrysalis.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps calling endpoints from background threads while a test changes the runtime (installs,
 * uninstalls), and counts what failed. A call fails when it throws or its status is not 2xx.
 */
public final class LoadLoop implements AutoCloseable {

    private static final int KEPT_FAILURES = 20;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts one thread per call; each repeats its call until {@link #stop()}. */
    @SafeVarargs
    public static LoadLoop start(Supplier<ApiClient.Response>... calls) {
        LoadLoop loop = new LoadLoop();
        for (int i = 0; i < calls.length; i++) {
            Supplier<ApiClient.Response> call = calls[i];
            Thread thread = new Thread(() -> loop.repeat(call), "load-" + i);
            thread.setDaemon(true);
            loop.threads.add(thread);
            thread.start();
        }
        return loop;
    }

    private void repeat(Supplier<ApiClient.Response> call) {
        while (running.get()) {
            try {
                ApiClient.Response response = call.get();
                if (response.status() >= 200 && response.status() < 300) {
                    ok.incrementAndGet();
                } else {
                    fail(response.toString());
                }
            } catch (RuntimeException e) {
                fail(e.toString());
            }
        }
    }

    private void fail(String what) {
        failed.incrementAndGet();
        synchronized (failures) {
            if (failures.size() < KEPT_FAILURES) {
                failures.add(what);
            }
        }
    }

    /** Stops the threads and returns the counts. */
    public Result stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(70_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (failures) {
            return new Result(ok.get(), failed.get(), List.copyOf(failures));
        }
    }

    @Override
    public void close() {
        stop();
    }

    public record Result(long ok, long failed, List<String> failures) {

        public long total() {
            return ok + failed;
        }
    }
}
