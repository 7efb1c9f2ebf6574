package org.chrysalis.grid.domain;

import java.util.Set;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * What a user sends to act on an incident. Fields that the action does not use are ignored, so one
 * request shape serves every action.
 *
 * @param mergeInto        id of the incident this one duplicates (MERGE)
 * @param targetCapability the capability that takes the case over (TRANSFER): "mediation" or "campaigns"
 */
public record ActionRequest(IncidentAction action, String comment, String departmentCode, String reason,
                            Long mergeInto, String targetCapability) {

    public static final int COMMENT_MAX_LENGTH = 2_000;
    public static final int REASON_MAX_LENGTH = 500;
    public static final Set<String> TRANSFER_TARGETS = Set.of("mediation", "campaigns");

    /** Throws a 400 problem listing every invalid field. Whether the action is allowed now is the lifecycle's call. */
    public void validate() {
        var errors = new FieldErrors()
                .required("action", action)
                .maxLength("comment", comment, COMMENT_MAX_LENGTH)
                .maxLength("reason", reason, REASON_MAX_LENGTH);
        if (action == IncidentAction.DISPATCH) {
            errors.required("departmentCode", departmentCode);
        }
        if (action == IncidentAction.REJECT) {
            errors.required("reason", reason);
        }
        if (action == IncidentAction.MERGE) {
            errors.required("mergeInto", mergeInto);
            if (mergeInto != null) {
                errors.check(mergeInto > 0, "mergeInto", "must be an incident id");
            }
        }
        if (action == IncidentAction.TRANSFER) {
            errors.required("targetCapability", targetCapability);
            if (targetCapability != null && !targetCapability.isBlank()) {
                errors.check(TRANSFER_TARGETS.contains(targetCapability), "targetCapability",
                        "must be one of: campaigns, mediation");
            }
        }
        errors.throwIfAny();
    }
}
