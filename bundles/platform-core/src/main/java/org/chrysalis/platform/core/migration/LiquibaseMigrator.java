package org.chrysalis.platform.core.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.chrysalis.platform.api.migration.MigrationResult;
import org.chrysalis.platform.api.migration.SchemaMigrator;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;

/**
 * Runs each bundle's Liquibase change log from the bundle's own jar on the shared DataSource. All
 * bundles share one DATABASECHANGELOG table; change set ids carry the bundle's prefix. On Derby a
 * change set runs in one transaction, DDL included, so a failed change set leaves the schema as it
 * was and is not recorded. The last failure of each bundle is kept so that a feature upgrade can
 * say why the new version did not start. A change log applied completely before and unchanged since
 * (its fingerprint, {@link FingerprintStore}) is not given to Liquibase again.
 */
public class LiquibaseMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrator.class);

    private final DataSource dataSource;
    private final Map<Long, MigrationFailure> failures = new ConcurrentHashMap<>();

    public LiquibaseMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    @Override
    public synchronized MigrationResult migrate(Bundle bundle, String changeLog) {
        String fingerprint = ChangeLogFingerprint.of(bundle, changeLog);
        try (Connection connection = dataSource.getConnection()) {
            // Liquibase parses the change log and reads the history at every start (about a second on
            // Derby); a change log applied completely before, unchanged, needs none of that
            if (FingerprintStore.applied(connection, bundle.getSymbolicName(), changeLog).filter(fingerprint::equals).isPresent()) {
                failures.remove(bundle.getBundleId());
                LOG.info("Schema of {} ({}): up to date", bundle.getSymbolicName(), changeLog);
                return new MigrationResult(bundle.getSymbolicName(), changeLog, 0);
            }
        } catch (SQLException e) {
            throw unreachable(bundle, e);
        }
        return update(bundle, changeLog, fingerprint);
    }

    private MigrationResult update(Bundle bundle, String changeLog, String fingerprint) {
        // Liquibase looks up its services through the context class loader.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(LiquibaseMigrator.class.getClassLoader());
        Database database = null;
        try (Connection connection = dataSource.getConnection()) {
            int before = appliedChangeSets(connection, changeLog);
            database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changeLog, new OSGiResourceAccessor(bundle), database);
            liquibase.update(new Contexts(), new LabelExpression());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            List<String> left = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                    .map(ChangeSet::getId).toList();
            if (!left.isEmpty()) {
                throw new IllegalStateException("change sets " + left + " were not applied");
            }
            int applied = appliedChangeSets(connection, changeLog) - before;
            if (!FingerprintStore.record(connection, bundle.getSymbolicName(), changeLog, fingerprint)) {
                LOG.debug("No fingerprint table yet for {}: Liquibase runs again at its next start", changeLog);
            }
            failures.remove(bundle.getBundleId());
            LOG.info("Schema of {} ({}): {} change sets applied", bundle.getSymbolicName(), changeLog, applied);
            return new MigrationResult(bundle.getSymbolicName(), changeLog, applied);
        } catch (SQLException e) {
            throw unreachable(bundle, e);
        } catch (Exception e) {
            MigrationFailure failure = MigrationFailure.of(bundle.getSymbolicName(), bundle.getVersion().toString(), e);
            failures.put(bundle.getBundleId(), failure);
            throw new IllegalStateException(failure.reason(), e);
        } finally {
            if (database != null) {
                forget(database);
            }
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private IllegalStateException unreachable(Bundle bundle, SQLException e) {
        failures.put(bundle.getBundleId(), new MigrationFailure(bundle.getSymbolicName(), bundle.getVersion().toString(),
                "Database not reachable for migrations of " + bundle.getSymbolicName() + ": " + e.getMessage()));
        return new IllegalStateException("Database not reachable for migrations of " + bundle.getSymbolicName(), e);
    }

    /** Change sets of this change log in Liquibase's history (none before its table exists): one query, no parsing. */
    private static int appliedChangeSets(Connection connection, String changeLog) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = ?")) {
            count.setString(1, changeLog);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            if (FingerprintStore.missingTable(connection, e)) {
                return 0;
            }
            throw e;
        }
    }

    /**
     * Liquibase caches an executor, a lock service and the change log history per database, and two
     * databases on the same pooled physical connection are equal. Without this, the run after a
     * failed one reused the failed run's state: it reported its change sets applied and ran none.
     */
    private static void forget(Database database) {
        Scope.getCurrentScope().getSingleton(ExecutorService.class).clearExecutor("jdbc", database);
        LockServiceFactory.getInstance().resetAll();
        ChangeLogHistoryServiceFactory.getInstance().resetAll();
    }

    /** The last failed migration of this bundle at its current version, if its last run failed. */
    public Optional<MigrationFailure> failure(Bundle bundle) {
        return Optional.ofNullable(failures.get(bundle.getBundleId()))
                .filter(failure -> failure.version().equals(bundle.getVersion().toString()));
    }
}
