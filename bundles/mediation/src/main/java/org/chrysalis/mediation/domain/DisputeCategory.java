package org.chrysalis.mediation.domain;

/** What the dispute is about; mediators declare the categories they are competent for. */
public enum DisputeCategory {
    GOODS_QUALITY,
    SERVICES,
    E_COMMERCE,
    PREPAID_CARDS,
    FOOD,
    HOUSING_DECORATION,
    TRAVEL,
    OTHER
}
