package org.chrysalis.benchmarks.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * One single-row INSERT and a commit on the platform's own DataSource per request: the write-path
 * limit the incident report is compared with, measured over HTTP like the report itself. Embedded
 * Derby lives in the Karaf JVM, so this is the only way to reach it from outside.
 */
@Path("insert")
public class InsertResource {

    private static final String TABLE = "BENCH_PROBE";

    /** Blueprint's reference-list: empty in the reference distribution, which has no database. */
    private final List<DataSource> dataSources;

    private volatile boolean tableReady;

    public InsertResource(List<DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String insert() throws SQLException {
        DataSource dataSource = dataSources.isEmpty() ? null : dataSources.get(0);
        if (dataSource == null) {
            throw new WebApplicationException("no DataSource here", Response.Status.SERVICE_UNAVAILABLE);
        }
        if (!tableReady) {
            createTable(dataSource);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + TABLE + " (PAYLOAD, CREATED_AT) values (?, ?)")) {
                insert.setString(1, "benchmark row");
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        }
        return "{\"inserted\":1}";
    }

    private synchronized void createTable(DataSource dataSource) throws SQLException {
        if (tableReady) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table " + TABLE + " (ID bigint generated always as identity primary key,"
                    + " PAYLOAD varchar(200), CREATED_AT timestamp)");
        } catch (SQLException e) {
            if (!"X0Y32".equals(e.getSQLState())) { // X0Y32: it exists already (an earlier run)
                throw e;
            }
        }
        tableReady = true;
    }
}
