package org.chrysalis.mediation.domain;

/** Why a filed dispute is not taken up; the consumer sees it, so each names a fact they can act on. */
public enum DeclineReason {
    /** Not a consumer dispute this office mediates. */
    OUTSIDE_SCOPE,
    /** A court or another mediator already has it; two forums would contradict each other. */
    ALREADY_BEFORE_COURT_OR_MEDIATOR,
    /** The same dispute was already filed. */
    DUPLICATE,
    /** The consumer has not yet raised the complaint with the merchant, who deserves a first chance. */
    NO_PRIOR_CONTACT_WITH_MERCHANT
}
