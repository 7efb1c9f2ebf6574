package org.chrysalis.parking.domain;

import java.util.Locale;

/** A spot's occupancy as FIWARE's ParkingSpot states it; the wire form is the FIWARE word. */
public enum SpotStatus {
    FREE("free"), OCCUPIED("occupied"), CLOSED("closed"), UNKNOWN("unknown");

    private final String wire;

    SpotStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** From the FIWARE word (case-insensitive); null when it is none of them. */
    public static SpotStatus fromWire(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (SpotStatus status : values()) {
            if (status.wire.equals(wanted)) {
                return status;
            }
        }
        return null;
    }

    /** How the lot's available count changes when a spot goes from one status to another. */
    public static int freeDelta(SpotStatus from, SpotStatus to) {
        return (to == FREE ? 1 : 0) - (from == FREE ? 1 : 0);
    }

    public static int occupiedDelta(SpotStatus from, SpotStatus to) {
        return (to == OCCUPIED ? 1 : 0) - (from == OCCUPIED ? 1 : 0);
    }
}
