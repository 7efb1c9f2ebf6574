package org.chrysalis.mediation.domain;

/** Why the rotation passed a mediator over, in the order the rotation checks them. */
public enum SkipReason {
    /** Had this dispute before (reassignment). */
    EXCLUDED,
    /** Not active. */
    SUSPENDED,
    /** Does not take this category. */
    NO_SPECIALTY,
    /** Already has the maximum number of open cases. */
    AT_CAPACITY,
    /** Declared a link with this merchant. */
    CONFLICT_DECLARED_LINK,
    /** Had a case against this merchant within the configured recent period. */
    CONFLICT_RECENT_CASE
}
