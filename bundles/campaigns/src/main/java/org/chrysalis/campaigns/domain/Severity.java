package org.chrysalis.campaigns.domain;

/** How serious a problem found by an inspection is; the deadline to rectify it follows from it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    /** 重大隐患: a major hazard, with the shortest deadline. */
    MAJOR_HAZARD;

    /** High and major-hazard problems are the ones the "zero overdue" targets count. */
    public boolean isHigh() {
        return this == HIGH || this == MAJOR_HAZARD;
    }
}
