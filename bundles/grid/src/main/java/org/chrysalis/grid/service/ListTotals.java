package org.chrysalis.grid.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;

/**
 * The {@code total} of list pages. Counting reads every match, which Derby does at roughly a
 * million index entries per second: fine for a dispatcher's queue, far too slow to repeat on every
 * page of the whole incident table. So a total of up to {@link #EXACT_UP_TO} is counted on every
 * request (reading at most that many index entries), and a larger one is counted at most once per
 * {@link #FRESH_FOR} for each filter and shared: it may be that much behind the table. The bound
 * was 10,000: between a few thousand and 10,000 incidents every page read that many ids (80-190
 * pages/s at 8,000 incidents, 16 clients; 470-570 with 1,000).
 *
 * @param <K> the filter a total belongs to (equal filters share a total)
 */
final class ListTotals<K> {

    static final int EXACT_UP_TO = 1_000;
    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final int MAX_FILTERS = 1_000;

    /** A large total; {@code refreshing} once a caller has taken on recounting it. */
    private record Counted(long total, long countedAtNanos, boolean refreshing) {
    }

    private final Map<K, Counted> large = new ConcurrentHashMap<>();
    private final int exactUpTo;
    private final long freshForNanos;
    private final LongSupplier nanoTime;

    ListTotals() {
        this(EXACT_UP_TO, FRESH_FOR, System::nanoTime);
    }

    ListTotals(int exactUpTo, Duration freshFor, LongSupplier nanoTime) {
        this.exactUpTo = exactUpTo;
        this.freshForNanos = freshFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The total for {@code filter}.
     *
     * @param countUpTo counts the matches but stops at the given number
     * @param countAll  counts all matches
     */
    long total(K filter, IntToLongFunction countUpTo, LongSupplier countAll) {
        long now = nanoTime.getAsLong();
        Counted known = large.get(filter);
        if (known != null && (now - known.countedAtNanos() < freshForNanos || known.refreshing()
                || !large.replace(filter, known, new Counted(known.total(), known.countedAtNanos(), true)))) {
            // fresh, or another caller is recounting it meanwhile
            return known.total();
        }
        long few = countUpTo.applyAsLong(exactUpTo + 1);
        if (few <= exactUpTo) {
            large.remove(filter);
            return few;
        }
        long total;
        try {
            total = countAll.getAsLong();
        } catch (RuntimeException e) {
            large.remove(filter);
            throw e;
        }
        if (large.size() >= MAX_FILTERS) {
            large.clear();
        }
        large.put(filter, new Counted(total, nanoTime.getAsLong(), false));
        return total;
    }
}
