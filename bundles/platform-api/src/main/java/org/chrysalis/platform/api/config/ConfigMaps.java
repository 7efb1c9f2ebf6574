package org.chrysalis.platform.api.config;

import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Map;

/** Configuration Admin hands over a Dictionary; domain policies read plain maps. */
public final class ConfigMaps {

    private ConfigMaps() {
    }

    /** The properties as a map; empty for null (no configuration yet). */
    public static Map<String, Object> of(Dictionary<String, ?> properties) {
        Map<String, Object> map = new HashMap<>();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                map.put(key, properties.get(key));
            }
        }
        return map;
    }
}
