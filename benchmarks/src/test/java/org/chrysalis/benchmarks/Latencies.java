package org.chrysalis.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.chrysalis.testkit.ApiClient;

/**
 * Runs one call from a fixed number of threads (a closed loop: each thread sends its next request
 * when the last one answered), first for a warm-up that is thrown away, then for the measured
 * period, recording every latency in an HdrHistogram. Only requests sent in the measured period
 * count.
 */
final class Latencies {

    /** Figures of one measured period; the histogram holds nanoseconds. */
    record Result(String name, long requests, long failed, double perSecond, Histogram histogram, String firstFailure) {

        /** NaN when no request completed in the measured period. */
        double p50Millis() {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(50) / 1e6;
        }

        double p99Millis() {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(99) / 1e6;
        }
    }

    private Latencies() {
    }

    /** With a warm-up of a quarter of {@code duration} (at most 5 s). */
    static Result measure(String name, int threads, Duration duration, IntFunction<ApiClient.Response> call) {
        Duration warmUp = Duration.ofMillis(Math.min(5_000, duration.toMillis() / 4));
        return measure(name, threads, warmUp, duration, call);
    }

    /**
     * {@code call} gets a counter unique to the request, for varying its input. A call fails when
     * it throws or answers 3xx or above; failed calls are counted, not recorded.
     */
    static Result measure(String name, int threads, Duration warmUp, Duration duration, IntFunction<ApiClient.Response> call) {
        Recorder recorder = new Recorder(3);
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                int n = 0;
                for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
                    String failure;
                    try {
                        ApiClient.Response response = call.apply(index * 10_000_000 + n++);
                        failure = response.status() < 300 ? null : response.toString();
                    } catch (RuntimeException e) {
                        failure = e.toString();
                    }
                    long took = System.nanoTime() - start;
                    if (start >= measureFrom) {
                        if (failure == null) {
                            recorder.recordValue(took);
                        } else {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, failure);
                        }
                    }
                }
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
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        long requests = histogram.getTotalCount() + failed.get();
        return new Result(name, requests, failed.get(), histogram.getTotalCount() / seconds, histogram,
                firstFailure.get());
    }
}
