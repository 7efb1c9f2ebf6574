package org.chrysalis.platform.api.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A capability's {@link JpaTemplate} that runs a whole transaction again when the database gave up
 * on a lock (deadlock, lock timeout). Derby also answers so when concurrent inserts race for the
 * next range of an identity column, which 16 concurrent reports right after a boot did; the
 * transaction was rolled back, so running it again is safe and the client sees no error.
 *
 * <p>Only the outermost transaction of a thread is retried (across every capability's template): a
 * nested call joins the outer transaction, which is already doomed and must fail as a whole.
 *
 * <p>The pauses grow (about 10 ms doubling up to 500 ms) within a budget of {@link #BUDGET_NANOS}:
 * while another bundle's schema migration holds Derby's system catalogue (a capability installed or
 * started beside this one), every identity range is refused for a second or two, and a few short
 * retries lost the demo data load at boot. A real lock wait (Derby waits a minute) uses up the
 * budget in one attempt, so it is never repeated.
 */
public final class RetryingJpaTemplate implements JpaTemplate {

    /** Deadlock, lock timeout, and the lock timeout Derby reports for a deadlock it timed out on. */
    static final Set<String> LOCK_STATES = Set.of("40001", "40XL1", "40XL2");
    static final int ATTEMPTS = 12;
    static final long BUDGET_NANOS = 10_000_000_000L;
    private static final long FIRST_PAUSE_NANOS = 10_000_000L;
    private static final long LONGEST_PAUSE_NANOS = 500_000_000L;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final JpaTemplate delegate;
    private final LongConsumer pause;

    public RetryingJpaTemplate(JpaTemplate delegate) {
        this(delegate, LockSupport::parkNanos);
    }

    RetryingJpaTemplate(JpaTemplate delegate, LongConsumer pause) {
        this.delegate = delegate;
        this.pause = pause;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            long spent = 0;
            for (int attempt = 1; ; attempt++) {
                long started = System.nanoTime();
                try {
                    return delegate.txExpr(type, code);
                } catch (RuntimeException failure) {
                    // random, so the racers do not collide again at once
                    long next = ThreadLocalRandom.current().nextLong(pauseBefore(attempt + 1) / 2, pauseBefore(attempt + 1) * 3 / 2);
                    spent += System.nanoTime() - started + next;
                    if (depth[0] > 1 || attempt >= ATTEMPTS || spent > BUDGET_NANOS || !isLockContention(failure)) {
                        throw failure;
                    }
                    pause.accept(next);
                }
            }
        } finally {
            depth[0]--;
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    /** The mean pause before the given attempt (the second is the first retry). */
    static long pauseBefore(int attempt) {
        return Math.min(LONGEST_PAUSE_NANOS, FIRST_PAUSE_NANOS << Math.min(attempt - 2, 20));
    }

    /** Whether a lock conflict of the database, anywhere in the cause chain, made this fail. */
    public static boolean isLockContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && LOCK_STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
