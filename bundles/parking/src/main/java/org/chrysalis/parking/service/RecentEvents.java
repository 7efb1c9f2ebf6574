package org.chrysalis.parking.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.chrysalis.parking.domain.Observation;

/**
 * The event ids this node took most recently, oldest forgotten first. Only for telling a sender
 * "duplicate" instead of "stale": what keeps a repeated event from changing anything is the
 * ordering rule, which holds without this memory.
 */
final class RecentEvents {

    static final int DEFAULT_CAPACITY = 200_000;

    private final Map<String, Boolean> ids;

    RecentEvents(int capacity) {
        this.ids = new LinkedHashMap<>(capacity / 2, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Set<String> seen(Collection<String> candidates) {
        Set<String> seen = new HashSet<>();
        for (String id : candidates) {
            if (ids.containsKey(id)) {
                seen.add(id);
            }
        }
        return seen;
    }

    synchronized void remember(Collection<Observation> observations) {
        observations.forEach(o -> ids.put(o.eventId(), Boolean.TRUE));
    }
}
