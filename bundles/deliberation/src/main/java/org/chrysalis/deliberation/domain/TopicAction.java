package org.chrysalis.deliberation.domain;

/**
 * What users, or the capability itself, do to a topic. The actions without roles in
 * {@link TopicLifecycle} are taken only by the service as a consequence of something else
 * (enough co-signers, minutes of a quorate meeting, an upheld objection, 100 % progress, the
 * collection window passing).
 */
public enum TopicAction {
    SUBMIT,
    WITHDRAW,
    ADOPT,
    DECLINE,
    OPEN_VOTING,
    CLOSE_VOTING,
    PUBLISH,
    START_IMPLEMENTATION,
    REACH_THRESHOLD,
    EXPIRE,
    DELIBERATE,
    NO_DECISION,
    UPHOLD_OBJECTION,
    COMPLETE
}
