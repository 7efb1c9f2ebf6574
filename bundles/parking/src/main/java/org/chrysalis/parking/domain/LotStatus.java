package org.chrysalis.parking.domain;

/** A lot's status after FIWARE's OffStreetParking, derived from its counts and whether it is closed. */
public enum LotStatus {
    CLOSED("closed"), FULL("full"), ALMOST_FULL("almostFull"), SPACES_AVAILABLE("spacesAvailable");

    /** At or below this share of free spots a lot is almost full. */
    public static final double ALMOST_FULL_SHARE = 0.1;

    private final String wire;

    LotStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static LotStatus of(boolean closed, int total, int available) {
        if (closed) {
            return CLOSED;
        }
        if (available <= 0) {
            return FULL;
        }
        return available <= total * ALMOST_FULL_SHARE ? ALMOST_FULL : SPACES_AVAILABLE;
    }
}
