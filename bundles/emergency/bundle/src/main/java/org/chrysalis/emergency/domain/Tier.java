package org.chrysalis.emergency.domain;

import java.util.Optional;

/**
 * The three levels of the rescue: enterprise self-rescue (1 minute), park rescue (5 minutes),
 * new-area rescue (10 minutes). An alarm moves up one tier when a tier misses its window or gives up.
 */
public enum Tier {
    ENTERPRISE,
    PARK,
    NEW_AREA;

    /** The tier above this one; empty at the last tier. */
    public Optional<Tier> next() {
        int i = ordinal() + 1;
        Tier[] all = values();
        return i < all.length ? Optional.of(all[i]) : Optional.empty();
    }

    public boolean isLast() {
        return next().isEmpty();
    }
}
