package org.chrysalis.platform.api.handoff;

/** Where a handed-over case landed. */
public record HandoffReceipt(String targetCapability, String targetCaseId) {
}
