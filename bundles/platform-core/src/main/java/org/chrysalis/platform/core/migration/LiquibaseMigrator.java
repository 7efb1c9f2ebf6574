package org.chrysalis.platform.core.migration;

import java.sql.Connection;
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
 * say why the new version did not start.
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
        // Liquibase looks up its services through the context class loader.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(LiquibaseMigrator.class.getClassLoader());
        Database database = null;
        try (Connection connection = dataSource.getConnection()) {
            database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changeLog, new OSGiResourceAccessor(bundle), database);
            int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
            liquibase.update(new Contexts(), new LabelExpression());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            List<String> left = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                    .map(ChangeSet::getId).toList();
            if (!left.isEmpty()) {
                throw new IllegalStateException("change sets " + left + " were not applied");
            }
            failures.remove(bundle.getBundleId());
            LOG.info("Schema of {} ({}): {} change sets applied", bundle.getSymbolicName(), changeLog, pending);
            return new MigrationResult(bundle.getSymbolicName(), changeLog, pending);
        } catch (SQLException e) {
            failures.put(bundle.getBundleId(), new MigrationFailure(bundle.getSymbolicName(), bundle.getVersion().toString(),
                    "Database not reachable for migrations of " + bundle.getSymbolicName() + ": " + e.getMessage()));
            throw new IllegalStateException("Database not reachable for migrations of " + bundle.getSymbolicName(), e);
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
