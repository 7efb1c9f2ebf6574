package org.chrysalis.platform.api.area;

import java.util.Map;

/**
 * One node of the area tree.
 *
 * @param code       stable identifier, unique in the district
 * @param parentCode the parent's code; null only for the new area at the root
 * @param boundary   optional GeoJSON Polygon or MultiPolygon geometry object
 * @param centroid   optional centre; derived from the boundary when not given
 */
public record Area(String code, String name, AreaLevel level, String parentCode,
                   Map<String, Object> boundary, GeoPoint centroid) {
}
