package org.chrysalis.platform.core.migration;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a bundle's migration failed, in one sentence an administrator can read: the change set that
 * failed and the database's own message, without Liquibase's wrapping, class names or the SQL.
 */
public record MigrationFailure(String bundle, String version, String reason) {

    private static final Pattern CHANGE_SET = Pattern.compile("Migration failed for changeset [^:\\s]+::([^:\\s]+)::");

    static MigrationFailure of(String bundle, String version, Throwable error) {
        String changeSet = null;
        String database = null;
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            Matcher matcher = CHANGE_SET.matcher(String.valueOf(cause.getMessage()));
            if (changeSet == null && matcher.find()) {
                changeSet = matcher.group(1);
            }
            if (cause instanceof SQLException) {
                database = cause.getMessage(); // the innermost SQL error is the database's own words
            }
        }
        String why = database != null ? database : firstLine(error);
        return new MigrationFailure(bundle, version, "Migration of " + bundle + " " + version + " failed"
                + (changeSet == null ? "" : " at change set " + changeSet) + ": " + why);
    }

    private static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
