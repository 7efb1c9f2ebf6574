package org.chrysalis.parking.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

/** The JTA transaction's own JDBC connection, for the batched writes of ingestion. */
final class Jdbc {

    /** IN lists are padded to this size, so Derby compiles one statement shape and reuses it. */
    static final int IN_CHUNK = 100;

    private Jdbc() {
    }

    /** The connection EclipseLink uses for the current transaction; do not close it. */
    static Connection connection(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("no JDBC connection: not inside a transaction");
        }
        return connection;
    }

    static String inList(int size) {
        return "(" + "?,".repeat(size - 1) + "?)";
    }

    /** The values in chunks of exactly {@link #IN_CHUNK}, the last one padded with its own last value. */
    static List<List<String>> chunks(java.util.Collection<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>(IN_CHUNK);
        for (String value : values) {
            current.add(value);
            if (current.size() == IN_CHUNK) {
                chunks.add(current);
                current = new ArrayList<>(IN_CHUNK);
            }
        }
        if (!current.isEmpty()) {
            String last = current.get(current.size() - 1);
            while (current.size() < IN_CHUNK) {
                current.add(last);
            }
            chunks.add(current);
        }
        return chunks;
    }

    /** Deadlocks, lock timeouts and duplicate keys of concurrent batches: worth running the batch again. */
    static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("40") || state.equals("23505"))) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next.getSQLState() != null
                        && (next.getSQLState().startsWith("40") || next.getSQLState().equals("23505"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
