package org.chrysalis.deliberation.domain;

/** The seed's four forms of village consultation. */
public enum TopicKind {
    VILLAGE_TALK,
    PEOPLES_CONSULTATION,
    PUBLIC_DELIBERATION,
    WOMENS_DELIBERATION
}
