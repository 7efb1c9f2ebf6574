package org.chrysalis.platform.core.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The fingerprint of each bundle's change log as it was last applied completely, kept in the
 * database it was applied to (table PLT_SCHEMA_FINGERPRINT of the platform's change log), so that a
 * restored or replaced database never vouches for migrations it did not see. Before the platform's
 * change log has created the table there is simply no fingerprint.
 */
final class FingerprintStore {

    /**
     * SQL state class 42 (syntax error or access rule violation) is how Derby (42X05), PostgreSQL
     * (42P01) and the standard (42S02) say that a table is not there.
     */
    private static final String NO_SUCH_TABLE_CLASS = "42";

    private FingerprintStore() {
    }

    static Optional<String> applied(Connection connection, String bundle, String changeLog) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT FINGERPRINT FROM PLT_SCHEMA_FINGERPRINT WHERE BUNDLE = ? AND CHANGELOG = ?")) {
            select.setString(1, bundle);
            select.setString(2, changeLog);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            if (missingTable(connection, e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Records the fingerprint; false when the table is not there yet (the platform's change log not applied). */
    static boolean record(Connection connection, String bundle, String changeLog, String fingerprint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE PLT_SCHEMA_FINGERPRINT SET FINGERPRINT = ?, APPLIED_AT = ? WHERE BUNDLE = ? AND CHANGELOG = ?")) {
            update.setString(1, fingerprint);
            update.setTimestamp(2, Timestamp.from(Instant.now()));
            update.setString(3, bundle);
            update.setString(4, changeLog);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO PLT_SCHEMA_FINGERPRINT (BUNDLE, CHANGELOG, FINGERPRINT, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, bundle);
                    insert.setString(2, changeLog);
                    insert.setString(3, fingerprint);
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return true;
        } catch (SQLException e) {
            if (missingTable(connection, e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Whether the statement failed because its table is not there; if so, a transaction the failure
     * left aborted (PostgreSQL) is rolled back so that the connection can be used on.
     */
    static boolean missingTable(Connection connection, SQLException e) throws SQLException {
        if (e.getSQLState() == null || !e.getSQLState().startsWith(NO_SUCH_TABLE_CLASS)) {
            return false;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        return true;
    }
}
