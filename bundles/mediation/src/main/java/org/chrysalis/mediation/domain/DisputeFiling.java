package org.chrysalis.mediation.domain;

import java.util.List;

import org.chrysalis.platform.api.problem.FieldErrors;
import org.chrysalis.platform.api.validation.CreditCode;

/**
 * What a consumer submits to file a dispute.
 *
 * @param merchantCreditCode the merchant's 18-character unified social credit code, when the consumer knows it;
 *                           blank counts as absent
 * @param claimAmountFen     what the consumer claims, in fen (1/100 yuan) so that no rounding creeps in
 * @param evidence           null counts as none
 */
public record DisputeFiling(String consumerName, String consumerPhone, String merchantName,
                            String merchantCreditCode, String merchantContact, DisputeCategory category,
                            Long claimAmountFen, String facts, List<Evidence> evidence) {

    public static final int CONSUMER_NAME_MAX_LENGTH = 100;
    public static final int CONSUMER_PHONE_MAX_LENGTH = 30;
    public static final int MERCHANT_NAME_MAX_LENGTH = 200;
    public static final int MERCHANT_CONTACT_MAX_LENGTH = 100;
    public static final int FACTS_MAX_LENGTH = 4_000;
    public static final int EVIDENCE_MAX_ITEMS = 20;
    /** One billion yuan: far above any consumer claim, low enough to catch a mistyped amount. */
    public static final long MAX_AMOUNT_FEN = 100_000_000_000L;
    /** GB 32100-2015: registration authority, category, area code, organisation code, check character. */

    /** Throws a 400 problem listing every invalid field. */
    public void validate() {
        var errors = new FieldErrors()
                .required("consumerName", consumerName)
                .maxLength("consumerName", consumerName, CONSUMER_NAME_MAX_LENGTH)
                .maxLength("consumerPhone", consumerPhone, CONSUMER_PHONE_MAX_LENGTH)
                .required("merchantName", merchantName)
                .maxLength("merchantName", merchantName, MERCHANT_NAME_MAX_LENGTH)
                .maxLength("merchantContact", merchantContact, MERCHANT_CONTACT_MAX_LENGTH)
                .required("category", category)
                .required("claimAmountFen", claimAmountFen)
                .required("facts", facts)
                .maxLength("facts", facts, FACTS_MAX_LENGTH);
        if (merchantCreditCode != null && !merchantCreditCode.isBlank()) {
            CreditCode.problem(CreditCode.normalize(merchantCreditCode))
                    .ifPresent(problem -> errors.add("merchantCreditCode", problem));
        }
        amountInRange(errors, "claimAmountFen", claimAmountFen);
        if (evidence != null) {
            errors.check(evidence.size() <= EVIDENCE_MAX_ITEMS, "evidence",
                    "must have at most " + EVIDENCE_MAX_ITEMS + " items");
            for (int i = 0; i < evidence.size(); i++) {
                var item = evidence.get(i);
                var field = "evidence[" + i + "]";
                errors.required(field, item);
                if (item != null) {
                    item.collectErrors(errors, field + ".");
                }
            }
        }
        errors.throwIfAny();
    }

    /** The key by which conflict checks recognise this merchant. */
    public String merchantKey() {
        return MerchantKey.of(merchantCreditCode, merchantName);
    }

    static void amountInRange(FieldErrors errors, String field, Long amountFen) {
        if (amountFen != null) {
            errors.check(amountFen >= 0 && amountFen <= MAX_AMOUNT_FEN, field,
                    "must be between 0 and " + MAX_AMOUNT_FEN + " fen");
        }
    }
}
