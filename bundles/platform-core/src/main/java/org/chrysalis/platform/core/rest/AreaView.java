package org.chrysalis.platform.core.rest;

import java.util.Locale;
import java.util.Map;

import org.chrysalis.platform.api.area.Area;
import org.chrysalis.platform.api.area.AreaLevel;
import org.chrysalis.platform.api.area.GeoPoint;
import org.chrysalis.platform.api.i18n.Locales;

/** An area as clients read it: the stored fields plus the level's label in the client's language. */
public record AreaView(String code, String name, AreaLevel level, String levelLabel, String parentCode,
                       Map<String, Object> boundary, GeoPoint centroid) {

    static AreaView of(Area area, Locale locale) {
        String label = Locales.label("org.chrysalis.platform.core.labels", AreaView.class.getClassLoader(),
                locale, "area.level." + area.level());
        return new AreaView(area.code(), area.name(), area.level(), label, area.parentCode(), area.boundary(),
                area.centroid());
    }
}
