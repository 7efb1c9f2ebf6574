package org.chrysalis.platform.api.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

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
 */
public final class RetryingJpaTemplate implements JpaTemplate {

    /** Deadlock, lock timeout, and the lock timeout Derby reports for a deadlock it timed out on. */
    static final Set<String> LOCK_STATES = Set.of("40001", "40XL1", "40XL2");
    static final int ATTEMPTS = 4;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final JpaTemplate delegate;

    public RetryingJpaTemplate(JpaTemplate delegate) {
        this.delegate = delegate;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return delegate.txExpr(type, code);
                } catch (RuntimeException failure) {
                    if (depth[0] > 1 || attempt >= ATTEMPTS || !isLockContention(failure)) {
                        throw failure;
                    }
                    // a short random pause, so the racers do not collide again at once
                    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(5_000_000L, 25_000_000L) * attempt);
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
