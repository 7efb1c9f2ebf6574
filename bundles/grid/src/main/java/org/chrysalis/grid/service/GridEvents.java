package org.chrysalis.grid.service;

import java.util.Map;

import org.chrysalis.platform.api.event.Topics;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Publishes {@code chrysalis/grid/incident/<EVENT>} asynchronously; subscribers need no grid type. */
public class GridEvents {

    private final EventAdmin events;

    public GridEvents(EventAdmin events) {
        this.events = events;
    }

    public void incident(String event, long id, String actor, Object from, Object to, String gridCode) {
        Map<String, Object> properties = Topics.properties(id, actor, from, to);
        if (gridCode != null) {
            properties.put("gridCode", gridCode);
        }
        events.postEvent(new Event(Topics.of("grid", "incident", event), properties));
    }
}
