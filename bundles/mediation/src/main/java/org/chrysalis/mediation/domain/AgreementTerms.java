package org.chrysalis.mediation.domain;

import java.time.LocalDate;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * What the parties agreed.
 *
 * @param amountFen what the merchant pays, in fen; 0 for an agreement without payment (a repair, an apology)
 * @param dueDate   by when the merchant performs; whether it lies ahead is the service's check, as it needs
 *                  today's date
 */
public record AgreementTerms(String terms, Long amountFen, LocalDate dueDate) {

    public static final int TERMS_MAX_LENGTH = 4_000;

    /** Throws a 400 problem listing every invalid field. */
    public void validate() {
        var errors = new FieldErrors();
        collectErrors(errors, "");
        errors.throwIfAny();
    }

    /** Adds these terms' errors to an enclosing input's, with field names under {@code prefix}. */
    void collectErrors(FieldErrors errors, String prefix) {
        errors.required(prefix + "terms", terms)
                .maxLength(prefix + "terms", terms, TERMS_MAX_LENGTH)
                .required(prefix + "amountFen", amountFen)
                .required(prefix + "dueDate", dueDate);
        DisputeFiling.amountInRange(errors, prefix + "amountFen", amountFen);
    }
}
