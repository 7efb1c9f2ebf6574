package org.chrysalis.mediation.domain;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * What a user sends to act on a dispute. Fields that the action does not use are ignored, so one request
 * shape serves every action.
 *
 * @param declineReason      why the dispute is not taken up (DECLINE)
 * @param confirmationNumber the court's number for the judicial confirmation (CONFIRM)
 * @param filingReference    the court's reference of the consumer's lawsuit (REFER)
 * @param extensionDays      how many days to add (EXTEND); whether that is allowed is
 *                           {@link MediationPolicy#extend}'s call
 * @param consumerConsents   the consumer agreed to the extension (EXTEND); absent means no
 * @param merchantConsents   the merchant agreed to the extension (EXTEND)
 * @param session            the session to schedule (SCHEDULE_SESSION)
 * @param agreement          what the parties agreed (AGREE)
 */
public record ActionRequest(DisputeAction action, String comment, DeclineReason declineReason,
                            String confirmationNumber, String filingReference, Integer extensionDays,
                            Boolean consumerConsents, Boolean merchantConsents, Session session,
                            AgreementTerms agreement) {

    public static final int COMMENT_MAX_LENGTH = 2_000;
    public static final int REFERENCE_MAX_LENGTH = 64;

    /** Throws a 400 problem listing every invalid field. Whether the action is allowed now is the lifecycle's call. */
    public void validate() {
        var errors = new FieldErrors()
                .required("action", action)
                .maxLength("comment", comment, COMMENT_MAX_LENGTH)
                .maxLength("confirmationNumber", confirmationNumber, REFERENCE_MAX_LENGTH)
                .maxLength("filingReference", filingReference, REFERENCE_MAX_LENGTH);
        if (action != null) {
            requireForAction(errors);
        }
        errors.throwIfAny();
    }

    private void requireForAction(FieldErrors errors) {
        switch (action) {
            case DECLINE -> errors.required("declineReason", declineReason);
            case CONFIRM -> errors.required("confirmationNumber", confirmationNumber);
            case REFER -> errors.required("filingReference", filingReference);
            case EXTEND -> {
                errors.required("extensionDays", extensionDays);
                if (extensionDays != null) {
                    errors.check(extensionDays >= 1, "extensionDays", "must be at least 1");
                }
            }
            case SCHEDULE_SESSION -> {
                errors.required("session", session);
                if (session != null) {
                    session.collectErrors(errors, "session.");
                }
            }
            case AGREE -> {
                errors.required("agreement", agreement);
                if (agreement != null) {
                    agreement.collectErrors(errors, "agreement.");
                }
            }
            default -> {
                // the other actions carry nothing beyond the optional comment
            }
        }
    }
}
