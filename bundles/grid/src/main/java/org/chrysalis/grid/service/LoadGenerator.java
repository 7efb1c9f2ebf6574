package org.chrysalis.grid.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.chrysalis.grid.domain.DeadlinePolicy;
import org.chrysalis.grid.domain.GridShape;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.grid.service.Views.CategoryView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.persistence.RetryingJpaTemplate;
import org.chrysalis.platform.api.time.PlatformClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the incident table with synthetic incidents for capacity tests ({@code grid:generate}):
 * spread over the demo grids and categories and the past year (mostly finished, the newest
 * hundredth open work of the last two hours), written with JDBC batches because a million reports
 * through the API would take an hour. Channel {@code GENERATED} marks them; they have no history
 * or points.
 *
 * <p>Rows are written oldest first, as a district would have reported them: the indexes that
 * start with the report time or the deadlines then grow at one end instead of at random places,
 * which keeps the pages being written in Derby's page cache (random times made the load slow
 * down to a few thousand rows per second as the table grew).
 */
public class LoadGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(LoadGenerator.class);
    /** Below Derby's lock escalation threshold (5,000 row locks), so live traffic is not blocked. */
    private static final int BATCH = 1_000;
    /** A batch that lost a lock conflict (the platform's schedulers use the same table) is written again. */
    private static final int ATTEMPTS = 5;
    private static final Duration RECENT = Duration.ofHours(2);
    private static final Duration YEAR = Duration.ofDays(365);
    /** One in this many, the newest, is open work. */
    private static final int OPEN_SHARE = 100;
    private static final IncidentStatus[] OPEN = {IncidentStatus.REPORTED, IncidentStatus.ACCEPTED,
        IncidentStatus.DISPATCHED, IncidentStatus.IN_PROGRESS, IncidentStatus.RESOLVED, IncidentStatus.VERIFIED};
    private static final IncidentStatus[] FINISHED = {IncidentStatus.CLOSED, IncidentStatus.CLOSED,
        IncidentStatus.CLOSED, IncidentStatus.CLOSED, IncidentStatus.CLOSED, IncidentStatus.CLOSED,
        IncidentStatus.CLOSED, IncidentStatus.REJECTED, IncidentStatus.MERGED, IncidentStatus.TRANSFERRED};

    private final DataSource dataSource;
    private final CatalogueService catalogue;
    private final GridSettings settings;
    private final PlatformClock clock;

    public LoadGenerator(DataSource dataSource, CatalogueService catalogue, GridSettings settings, PlatformClock clock) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    /** Inserts {@code count} incidents; returns how long it took. */
    public Duration generate(int count, long seed) throws SQLException {
        List<GridShape> grids = catalogue.shapes().stream().filter(g -> g.centroid() != null).toList();
        List<CategoryView> categories = catalogue.categories(Locales.DEFAULT);
        if (grids.isEmpty() || categories.isEmpty()) {
            throw new IllegalStateException("needs grids with centres and categories (the demo data has them)");
        }
        Batches batches = new Batches(count, seed, clock.now(), grids, categories, settings.get().deadlines());
        Instant start = Instant.now();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into GRD_INCIDENT (CATEGORY, DESCRIPTION,"
                     + " LATITUDE, LONGITUDE, CHANNEL, GRID_CODE, STATUS, REPORTED_AT, UPDATED_AT, RESPONSE_DUE,"
                     + " RESOLUTION_DUE, CLOSED_AT, VERSION) values (?, ?, ?, ?, 'GENERATED', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (int first = 1; first <= count; first += BATCH) {
                    write(connection, insert, batches, first, Math.min(count, first + BATCH - 1));
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return Duration.between(start, Instant.now());
    }

    /** Rows {@code first..last} in one transaction, written again (the same rows) after a lock conflict. */
    private static void write(Connection connection, PreparedStatement insert, Batches batches, int first, int last)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                for (int i = first; i <= last; i++) {
                    batches.bind(insert, i);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                return;
            } catch (SQLException e) {
                insert.clearBatch();
                connection.rollback();
                if (attempt == ATTEMPTS || !RetryingJpaTemplate.isLockContention(e)) {
                    throw e;
                }
                LOG.info("Rows {} to {} lost a lock conflict ({}); writing them again", first, last, e.getMessage());
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The synthetic rows; row {@code i} is the same on every call, so a batch can be written again. */
    private record Batches(int count, long seed, Instant now, List<GridShape> grids, List<CategoryView> categories,
                           DeadlinePolicy deadlines) {

        void bind(PreparedStatement insert, int i) throws SQLException {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            GridShape grid = grids.get(random.nextInt(grids.size()));
            CategoryView category = categories.get(random.nextInt(categories.size()));
            int openFrom = count - count / OPEN_SHARE;
            boolean open = i > openFrom;
            // oldest first: the finished ones over the year before the last two hours, then the open ones
            Instant reported = open
                    ? now.minus(RECENT).plusMillis(RECENT.toMillis() * (i - openFrom) / Math.max(1, count - openFrom))
                    : now.minus(RECENT).minus(YEAR).plusMillis(YEAR.toMillis() / Math.max(1, openFrom) * i);
            IncidentStatus status = open ? OPEN[random.nextInt(OPEN.length)] : FINISHED[random.nextInt(FINISHED.length)];
            insert.setString(1, category.code());
            insert.setString(2, "generated incident " + i);
            insert.setDouble(3, grid.centroid().latitude() + (random.nextDouble() - 0.5) * 0.01);
            insert.setDouble(4, grid.centroid().longitude() + (random.nextDouble() - 0.5) * 0.01);
            insert.setString(5, grid.code());
            insert.setString(6, status.name());
            insert.setTimestamp(7, Timestamp.from(reported));
            insert.setTimestamp(8, Timestamp.from(reported));
            insert.setTimestamp(9, Timestamp.from(deadlines.responseDue(category.code(), reported)));
            insert.setTimestamp(10, Timestamp.from(deadlines.resolutionDue(category.code(), reported)));
            insert.setTimestamp(11, status.isTerminal() ? Timestamp.from(reported.plusSeconds(random.nextLong(5 * 86400))) : null);
        }
    }
}
