package org.chrysalis.campaigns.domain;

import java.util.List;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * What a user sends to act on a task. A submission needs evidence; a rejection and a reopening
 * need the reasons in {@code comment}, so the department knows what to do again.
 */
public record ActionRequest(TaskAction action, String comment, List<Evidence> evidence) {

    public static final int COMMENT_MAX = 2_000;

    /** One piece of evidence of a rectification: what it shows and where it is kept. */
    public record Evidence(String description, String url) {
    }

    public List<Evidence> evidenceList() {
        return evidence == null ? List.of() : evidence;
    }

    public void validate() {
        var errors = new FieldErrors().required("action", action).maxLength("comment", comment, COMMENT_MAX);
        errors.check(action != TaskAction.ESCALATE, "action", "ESCALATE is taken by the platform, not by users");
        errors.check(evidenceList().size() <= 20, "evidence", "must have at most 20 items");
        for (int i = 0; i < evidenceList().size(); i++) {
            Evidence e = evidenceList().get(i);
            errors.check(e != null && e.description() != null && !e.description().isBlank()
                    && e.description().length() <= 500, "evidence[" + i + "].description", "is required (at most 500 characters)");
            errors.check(e == null || e.url() == null || (e.url().length() <= 1000 && e.url().matches("(?i)https?://\\S+")),
                    "evidence[" + i + "].url", "must be an http(s) URL of at most 1000 characters");
        }
        if (action == TaskAction.SUBMIT) {
            errors.check(!evidenceList().isEmpty(), "evidence", "a submission needs evidence of the rectification");
        }
        if (action == TaskAction.REJECT || action == TaskAction.REOPEN) {
            errors.required("comment", comment);
        }
        errors.throwIfAny();
    }
}
