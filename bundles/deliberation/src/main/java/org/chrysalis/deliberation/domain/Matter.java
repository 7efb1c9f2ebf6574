package org.chrysalis.deliberation.domain;

/** What a topic is about; land matters may need a larger majority (see {@link DecisionPolicy}). */
public enum Matter {
    LAND_REQUISITION,
    DEMOLITION,
    CONSTRUCTION_PROJECT,
    PUBLIC_WELFARE,
    COLLECTIVE_FINANCES,
    OTHER
}
