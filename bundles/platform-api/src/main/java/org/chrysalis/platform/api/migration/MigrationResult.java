package org.chrysalis.platform.api.migration;

/** What one migration run did. */
public record MigrationResult(String bundle, String changeLog, int applied) {
}
