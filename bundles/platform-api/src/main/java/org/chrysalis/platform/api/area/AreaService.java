package org.chrysalis.platform.api.area;

import java.util.List;
import java.util.Optional;

import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.security.Actor;

/** The district's area tree. Writes are audited; invalid input raises a ProblemException. */
public interface AreaService {

    Optional<Area> find(String code);

    /** Areas filtered by level and parent (either may be null), ordered by code. */
    Page<Area> list(AreaLevel level, String parentCode, PageRequest page);

    List<Area> children(String code);

    /** Whether {@code code} is {@code ancestorCode} or lies below it. */
    boolean isWithin(String code, String ancestorCode);

    Area create(Area area, Actor actor);

    /** Changes name, boundary and centroid; code, level and parent stay. */
    Area update(String code, Area changes, Actor actor);

    /** Removes an area without children. */
    void delete(String code, Actor actor);
}
