package org.chrysalis.platform.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class MigrationFailureTest {

    @Test
    void namesTheChangeSetAndTheDatabaseMessageWithoutClassNamesOrSql() {
        SQLException derby = new SQLException("The statement was aborted because it would have caused a duplicate key"
                + " value in a unique or primary key constraint or unique index identified by 'UQ_ENTRY_ITEM'.");
        // as Liquibase 4.33 wraps it: MigrationFailedException -> DatabaseException -> SQLException
        Exception database = new Exception("liquibase.exception.DatabaseException: " + derby.getMessage()
                + " [Failed SQL: (30000) ALTER TABLE APP.LEDGER_ENTRY ADD CONSTRAINT UQ_ENTRY_ITEM UNIQUE (ITEM)]", derby);
        Exception migration = new Exception("Migration failed for changeset db/ledger-changelog.xml::ledger-3-unique-item"
                + "::chrysalis:\n     Reason: " + database.getMessage(), database);
        Exception command = new RuntimeException("liquibase.exception.CommandExecutionException: " + migration.getMessage(), migration);

        MigrationFailure failure = MigrationFailure.of("org.example.ledger", "2.1.0", command);

        assertThat(failure.reason()).isEqualTo("Migration of org.example.ledger 2.1.0 failed at change set "
                + "ledger-3-unique-item: " + derby.getMessage());
    }

    @Test
    void withoutAnSqlErrorKeepsTheFirstLineOfTheRootCause() {
        Exception cause = new IllegalArgumentException("db/missing.xml does not exist\n\tmore detail");
        MigrationFailure failure = MigrationFailure.of("b", "1.0.0", new RuntimeException("wrapped", cause));
        assertThat(failure.reason()).isEqualTo("Migration of b 1.0.0 failed: db/missing.xml does not exist");
    }
}
