package org.chrysalis.platform.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;

class RetryingJpaTemplateTest {

    /** Runs the code without an entity manager, as the real template would inside a transaction. */
    private static final class Direct implements JpaTemplate {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            runs.incrementAndGet();
            return code.apply(null);
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
    }

    private static RuntimeException lockTimeout() {
        return new PersistenceException("insert failed",
                new SQLException("A lock could not be obtained within the time requested", "40XL1"));
    }

    private final Direct database = new Direct();
    private final AtomicLong paused = new AtomicLong();
    private final RetryingJpaTemplate template = new RetryingJpaTemplate(database, paused::addAndGet);

    @Test
    void aTransactionThatLostALockRaceRunsAgain() {
        AtomicInteger calls = new AtomicInteger();
        String result = template.txExpr(em -> {
            if (calls.incrementAndGet() < 3) {
                throw lockTimeout();
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(database.runs).hasValue(3);
    }

    @Test
    void givesUpAfterItsAttempts() {
        assertThatThrownBy(() -> template.tx(em -> {
            throw lockTimeout();
        })).isInstanceOf(PersistenceException.class);
        assertThat(database.runs).hasValue(RetryingJpaTemplate.ATTEMPTS);
        // long enough to outlast a schema migration elsewhere, within the budget
        assertThat(paused.get()).isBetween(1_000_000_000L, RetryingJpaTemplate.BUDGET_NANOS);
    }

    @Test
    void pausesGrowUpToHalfASecond() {
        assertThat(RetryingJpaTemplate.pauseBefore(2)).isEqualTo(10_000_000L);
        assertThat(RetryingJpaTemplate.pauseBefore(3)).isEqualTo(20_000_000L);
        assertThat(RetryingJpaTemplate.pauseBefore(12)).isEqualTo(500_000_000L);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> template.tx(em -> {
            throw new PersistenceException(new SQLException("duplicate key", "23505"));
        })).isInstanceOf(PersistenceException.class);
        assertThat(database.runs).hasValue(1);
    }

    @Test
    void aNestedTransactionFailsWithTheOuterOneWhichIsRetriedAsAWhole() {
        AtomicInteger inner = new AtomicInteger();
        RetryingJpaTemplate other = new RetryingJpaTemplate(new Direct());
        template.tx(em -> other.tx(nested -> {
            if (inner.incrementAndGet() == 1) {
                throw lockTimeout();
            }
        }));
        assertThat(database.runs).as("outer runs").hasValue(2);
        assertThat(inner).as("inner runs: once per outer run").hasValue(2);
    }

    @Test
    void findsTheLockStateInChainedSqlExceptions() {
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("deadlock", "40001"));
        assertThat(RetryingJpaTemplate.isLockContention(new RuntimeException(batch))).isTrue();
        assertThat(RetryingJpaTemplate.isLockContention(new RuntimeException("no cause"))).isFalse();
    }
}
