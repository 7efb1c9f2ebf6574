package org.chrysalis.platform.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FingerprintStoreTest {

    private Connection connection;

    @BeforeEach
    void openEmptyDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:derby:memory:fingerprints-" + System.nanoTime() + ";create=true");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void beforeThePlatformChangeLogCreatedTheTableThereIsNoFingerprintAndNothingIsRecorded() throws SQLException {
        assertThat(FingerprintStore.applied(connection, "org.example.b", "db/b.xml")).isEmpty();
        assertThat(FingerprintStore.record(connection, "org.example.b", "db/b.xml", "a".repeat(64))).isFalse();
    }

    @Test
    void keepsTheLastFingerprintPerBundleAndChangeLog() throws SQLException {
        createTable();
        assertThat(FingerprintStore.record(connection, "org.example.b", "db/b.xml", "1".repeat(64))).isTrue();
        assertThat(FingerprintStore.record(connection, "org.example.b", "db/b.xml", "2".repeat(64))).isTrue();
        assertThat(FingerprintStore.record(connection, "org.example.c", "db/b.xml", "3".repeat(64))).isTrue();

        assertThat(FingerprintStore.applied(connection, "org.example.b", "db/b.xml")).contains("2".repeat(64));
        assertThat(FingerprintStore.applied(connection, "org.example.c", "db/b.xml")).contains("3".repeat(64));
        assertThat(FingerprintStore.applied(connection, "org.example.b", "db/other.xml")).isEmpty();
    }

    /** As the platform's change set platform-3-schema-fingerprint creates it. */
    private void createTable() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE PLT_SCHEMA_FINGERPRINT (BUNDLE VARCHAR(200) NOT NULL, CHANGELOG VARCHAR(255) NOT NULL,"
                    + " FINGERPRINT CHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL,"
                    + " CONSTRAINT PK_PLT_SCHEMA_FINGERPRINT PRIMARY KEY (BUNDLE, CHANGELOG))");
        }
    }
}
