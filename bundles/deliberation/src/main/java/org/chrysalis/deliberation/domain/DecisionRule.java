package org.chrysalis.deliberation.domain;

/** How many of the votes cast the leading option needs. */
public enum DecisionRule {
    /** More than half of the votes cast. */
    SIMPLE_MAJORITY(1, 2, false),
    /** At least two thirds of the votes cast (land matters). */
    TWO_THIRDS(2, 3, true);

    private final long numerator;
    private final long denominator;
    private final boolean inclusive;

    DecisionRule(long numerator, long denominator, boolean inclusive) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.inclusive = inclusive;
    }

    /** Whether {@code votes} of {@code cast} satisfy the rule; integer arithmetic, no rounding. */
    public boolean isMet(long votes, long cast) {
        if (cast <= 0) {
            return false;
        }
        long lhs = votes * denominator;
        long rhs = cast * numerator;
        return inclusive ? lhs >= rhs : lhs > rhs;
    }
}
