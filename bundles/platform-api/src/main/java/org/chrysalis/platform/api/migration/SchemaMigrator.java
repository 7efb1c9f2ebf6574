package org.chrysalis.platform.api.migration;

import org.osgi.framework.Bundle;

/**
 * Applies a bundle's versioned schema changes to the shared database. A capability calls it once
 * when it starts, before it touches its tables (in Blueprint: a bean made by the factory method
 * {@code migrate} that the JPA-using beans depend on). Changes already applied are skipped, so
 * upgrading a bundle keeps its data and uninstalling never drops it.
 */
public interface SchemaMigrator {

    /**
     * @param bundle    the bundle that holds the change log
     * @param changeLog the change log's path inside that bundle, e.g. {@code db/changelog.xml}
     */
    MigrationResult migrate(Bundle bundle, String changeLog);
}
