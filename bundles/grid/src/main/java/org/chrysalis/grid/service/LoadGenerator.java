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

import org.chrysalis.grid.domain.GridShape;
import org.chrysalis.grid.domain.IncidentStatus;
import org.chrysalis.grid.service.Views.CategoryView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * Fills the incident table with synthetic incidents for capacity tests ({@code grid:generate}):
 * spread over the demo grids and categories and the past year (mostly finished, a little recent
 * open work), written with JDBC batches
 * because a million reports through the API would take an hour. Channel {@code GENERATED} marks
 * them; they have no history or points.
 */
public class LoadGenerator {

    /** Below Derby's lock escalation threshold (5,000 row locks), so live traffic is not blocked. */
    private static final int BATCH = 1_000;
    /** Open work is recent, so the escalation scan does not fight the generator over old rows. */
    private static final Duration RECENT = Duration.ofHours(2);
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
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = clock.now();
        Instant start = Instant.now();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into GRD_INCIDENT (CATEGORY, DESCRIPTION,"
                     + " LATITUDE, LONGITUDE, CHANNEL, GRID_CODE, STATUS, REPORTED_AT, UPDATED_AT, RESPONSE_DUE,"
                     + " RESOLUTION_DUE, CLOSED_AT, VERSION) values (?, ?, ?, ?, 'GENERATED', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                GridShape grid = grids.get(random.nextInt(grids.size()));
                CategoryView category = categories.get(random.nextInt(categories.size()));
                // like a working district: about one in a hundred is open work of the last two hours,
                // the rest was finished during the past year
                boolean open = random.nextInt(100) == 0;
                Instant reported = open ? now.minusSeconds(random.nextLong(RECENT.toSeconds()))
                        : now.minusSeconds(RECENT.toSeconds() + random.nextLong(365L * 24 * 3600));
                IncidentStatus status = open ? OPEN[random.nextInt(OPEN.length)] : FINISHED[random.nextInt(FINISHED.length)];
                insert.setString(1, category.code());
                insert.setString(2, "generated incident " + i);
                insert.setDouble(3, grid.centroid().latitude() + (random.nextDouble() - 0.5) * 0.01);
                insert.setDouble(4, grid.centroid().longitude() + (random.nextDouble() - 0.5) * 0.01);
                insert.setString(5, grid.code());
                insert.setString(6, status.name());
                insert.setTimestamp(7, Timestamp.from(reported));
                insert.setTimestamp(8, Timestamp.from(reported));
                insert.setTimestamp(9, Timestamp.from(settings.get().deadlines().responseDue(category.code(), reported)));
                insert.setTimestamp(10, Timestamp.from(settings.get().deadlines().resolutionDue(category.code(), reported)));
                insert.setTimestamp(11, status.isTerminal() ? Timestamp.from(reported.plusSeconds(random.nextLong(5 * 86400))) : null);
                insert.addBatch();
                if (i % BATCH == 0 || i == count) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            connection.setAutoCommit(autoCommit);
        }
        return Duration.between(start, Instant.now());
    }
}
