package org.chrysalis.campaigns.domain;

/** The "10+N" pattern: campaigns of the ten standing key areas, and the N ad-hoc ones. */
public enum CampaignKind {
    STANDING,
    AD_HOC
}
