package org.chrysalis.grid;

import java.util.Map;

import org.chrysalis.grid.service.CatalogueService;
import org.chrysalis.platform.api.capability.Capability;
import org.chrysalis.platform.api.capability.Health;

/** Grid management as the platform lists it. */
public class GridCapability implements Capability {

    private final CatalogueService catalogue;
    private final String version;

    /** @param version the bundle's version (an OSGi Version; only its text is kept) */
    public GridCapability(CatalogueService catalogue, Object version) {
        this.catalogue = catalogue;
        this.version = String.valueOf(version);
    }

    @Override
    public String id() {
        return "grid";
    }

    @Override
    public String name() {
        return "网格化管理 Grid management";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return "Grids and grid workers; incidents reported, dispatched, handled and closed within deadlines; points.";
    }

    @Override
    public Health health() {
        try {
            return Health.up(Map.of("grids", catalogue.grids(null, org.chrysalis.platform.api.paging.PageRequest.first(1)).total()));
        } catch (RuntimeException e) {
            return Health.down("database: " + e.getClass().getSimpleName());
        }
    }
}
