package org.chrysalis.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.chrysalis.testkit.ApiClient;

/** Runs one call from a fixed number of threads for a fixed time and keeps every latency. */
final class Latencies {

    record Result(String name, long requests, long failed, double perSecond, double p50Millis, double p99Millis) {
    }

    private Latencies() {
    }

    /** {@code call} gets the thread's running counter, for varying its input. */
    static Result measure(String name, int threads, Duration duration, IntFunction<ApiClient.Response> call) {
        List<long[]> samples = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        Instant end = Instant.now().plus(duration);
        long[][] perThread = new long[threads][];
        int[] counts = new int[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            perThread[t] = new long[1 << 16];
            Thread worker = new Thread(() -> {
                int n = 0;
                while (Instant.now().isBefore(end)) {
                    long start = System.nanoTime();
                    ApiClient.Response response = call.apply(index * 1_000_000 + n);
                    long took = System.nanoTime() - start;
                    if (response.status() >= 300) {
                        failed.incrementAndGet();
                    }
                    if (n == perThread[index].length) {
                        perThread[index] = java.util.Arrays.copyOf(perThread[index], n * 2);
                    }
                    perThread[index][n++] = took;
                }
                counts[index] = n;
            }, name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int total = 0;
        for (int t = 0; t < threads; t++) {
            samples.add(java.util.Arrays.copyOf(perThread[t], counts[t]));
            total += counts[t];
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] s : samples) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        java.util.Arrays.sort(all);
        return new Result(name, total, failed.get(), total / (duration.toMillis() / 1000.0),
                percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
