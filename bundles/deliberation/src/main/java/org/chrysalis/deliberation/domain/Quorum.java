package org.chrysalis.deliberation.domain;

/** Quorum arithmetic for meetings (representatives present) and votes (ballots cast). */
public final class Quorum {

    private Quorum() {
    }

    /** How many of {@code total} make a quorum of {@code percent}: rounded up, at least one. */
    public static long required(long total, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
        long needed = (total * percent + 99) / 100;
        return Math.max(1, needed);
    }

    public static boolean reached(long present, long total, int percent) {
        return present >= required(total, percent);
    }
}
