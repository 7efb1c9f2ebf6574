package org.chrysalis.parking.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chrysalis.parking.domain.SpotState;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Which lot each spot belongs to, in memory: ingestion looks up every item, and spots rarely move.
 * Filled once from the database, kept current by this node's spot writes; a spot unknown here is
 * looked up in the database once (another node may have created it).
 */
public class SpotDirectory {

    private final JpaTemplate jpa;
    private final ConcurrentHashMap<String, String> lotOfSpot = new ConcurrentHashMap<>();
    /**
     * Spot states as this node last committed them, so a batch need not read its spots first. A
     * stale entry (written by another node) is harmless: its version no longer matches, the
     * compare-and-set of ingestion updates nothing, and the spot is read again. Spots start at a
     * version taken from the clock, so a spot deleted and created again never matches an old entry.
     */
    private final ConcurrentHashMap<String, SpotState> states = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public SpotDirectory(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The lot of a spot, null when no spot has this id. */
    public String lotOf(String spotId) {
        ensureLoaded();
        String lot = lotOfSpot.get(spotId);
        if (lot == null) {
            existing(List.of(spotId));
            lot = lotOfSpot.get(spotId);
        }
        return lot;
    }

    /**
     * The ids among {@code spotIds} that a spot already has, looking up those this node does not know
     * in chunks of {@link Jdbc#IN_CHUNK} through the primary key. Derby keeps the plan it compiled
     * first, on a nearly empty table: a scan comparing every row with every id of the list (the
     * 4,080 demo spots spent 0.7 s of CPU there); the comment, which other databases ignore, tells
     * Derby to probe the key's index instead.
     */
    public Set<String> existing(Collection<String> spotIds) {
        ensureLoaded();
        Set<String> found = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : spotIds) {
            (lotOfSpot.containsKey(id) ? found : unknown).add(id);
        }
        if (!unknown.isEmpty()) {
            jpa.tx(TransactionType.Required, em -> {
                try (PreparedStatement select = Jdbc.connection(em).prepareStatement(
                        "SELECT ID, LOT_ID FROM PRK_SPOT --DERBY-PROPERTIES constraint=PK_PRK_SPOT\n"
                                + " WHERE ID IN " + Jdbc.inList(Jdbc.IN_CHUNK))) {
                    for (List<String> chunk : Jdbc.chunks(unknown)) {
                        for (int i = 0; i < chunk.size(); i++) {
                            select.setString(i + 1, chunk.get(i));
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                found.add(rows.getString(1));
                                lotOfSpot.put(rows.getString(1), rows.getString(2));
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("spots cannot be read", e);
                }
            });
        }
        return found;
    }

    public void put(String spotId, String lotId) {
        lotOfSpot.put(spotId, lotId);
        states.remove(spotId);
    }

    public void remove(String spotId) {
        lotOfSpot.remove(spotId);
        states.remove(spotId);
    }

    SpotState cachedState(String spotId) {
        return states.get(spotId);
    }

    void cacheStates(Map<String, SpotState> committed) {
        committed.forEach((spot, state) -> {
            if (lotOfSpot.containsKey(spot)) {
                states.put(spot, state);
            }
        });
    }

    void evictState(String spotId) {
        states.remove(spotId);
    }

    public int size() {
        ensureLoaded();
        return lotOfSpot.size();
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            jpa.tx(TransactionType.Required, em -> {
                Connection connection = Jdbc.connection(em);
                try (PreparedStatement select = connection.prepareStatement("SELECT ID, LOT_ID FROM PRK_SPOT");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lotOfSpot.put(rows.getString(1), rows.getString(2));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("spots cannot be read", e);
                }
            });
            loaded = true;
        }
    }
}
