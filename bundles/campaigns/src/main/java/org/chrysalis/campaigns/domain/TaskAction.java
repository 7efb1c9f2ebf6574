package org.chrysalis.campaigns.domain;

/** What a user (or, for {@link #ESCALATE}, the scheduler) does to a rectification task. */
public enum TaskAction {
    /** The responsible department starts the rectification. */
    START,
    /** The department reports the rectification done, with evidence. */
    SUBMIT,
    /** An inspector verified the rectification. */
    ACCEPT,
    /** An inspector found the rectification insufficient: back to the department, with reasons. */
    REJECT,
    /** A re-inspection found the problem again after acceptance. */
    REOPEN,
    /** Only the scheduler escalates an overdue task to supervision (督办). */
    ESCALATE
}
