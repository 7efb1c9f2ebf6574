package org.chrysalis.grid.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ListTotalsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ListTotals<String> totals = new ListTotals<>(100, Duration.ofSeconds(10), nanos::get);
    private final AtomicInteger fullCounts = new AtomicInteger();

    /** A filter that matches {@code matches} rows: counts like the database would. */
    private long total(String filter, long matches) {
        return totals.total(filter, upTo -> Math.min(upTo, matches), () -> {
            fullCounts.incrementAndGet();
            return matches;
        });
    }

    @Test
    void smallTotalsAreExactOnEveryCall() {
        assertEquals(5, total("queue", 5));
        assertEquals(6, total("queue", 6));
        assertEquals(100, total("queue", 100));
        assertEquals(0, fullCounts.get());
    }

    @Test
    void aLargeTotalIsCountedOnceWhileFresh() {
        assertEquals(1_000_000, total("all", 1_000_000));
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals(1_000_000, total("all", 1_000_050));
        assertEquals(1, fullCounts.get());
    }

    @Test
    void aLargeTotalIsCountedAgainOnceStale() {
        total("all", 1_000_000);
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertEquals(1_000_050, total("all", 1_000_050));
        assertEquals(2, fullCounts.get());
    }

    @Test
    void aTotalThatShrankBelowTheLimitIsExactAgain() {
        total("closed", 5_000);
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertEquals(40, total("closed", 40));
        assertEquals(41, total("closed", 41));
    }

    @Test
    void filtersKeepTheirOwnTotals() {
        assertEquals(500, total("a", 500));
        assertEquals(700, total("b", 700));
        assertEquals(500, total("a", 900));
        assertEquals(2, fullCounts.get());
    }
}
