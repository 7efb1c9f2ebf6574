package org.chrysalis.deliberation.domain;

import java.time.Duration;
import java.time.Instant;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * One village's deliberation rules. Boxed so a partial update (PUT of some fields) can be merged
 * over the current rules.
 *
 * @param cosignThreshold      co-signers (besides the author) that put a topic on the agenda
 * @param collectionDays       how long a topic collects co-signers before it expires
 * @param meetingQuorumPercent share of the invited representatives who must attend
 * @param voteQuorumPercent    share of the registered villagers who must vote
 * @param noticeDays           public-notice period of a decision, for objections
 */
public record VillageRules(Integer cosignThreshold, Integer collectionDays, Integer meetingQuorumPercent,
                           Integer voteQuorumPercent, Integer noticeDays) {

    public void validate() {
        collectErrors(new FieldErrors()).throwIfAny();
    }

    public FieldErrors collectErrors(FieldErrors errors) {
        errors.required("cosignThreshold", cosignThreshold).required("collectionDays", collectionDays)
                .required("meetingQuorumPercent", meetingQuorumPercent).required("voteQuorumPercent", voteQuorumPercent)
                .required("noticeDays", noticeDays);
        range(errors, "cosignThreshold", cosignThreshold, 1, 10_000);
        range(errors, "collectionDays", collectionDays, 1, 365);
        range(errors, "meetingQuorumPercent", meetingQuorumPercent, 1, 100);
        range(errors, "voteQuorumPercent", voteQuorumPercent, 0, 100);
        range(errors, "noticeDays", noticeDays, 1, 90);
        return errors;
    }

    private static void range(FieldErrors errors, String field, Integer value, int min, int max) {
        if (value != null) {
            errors.check(value >= min && value <= max, field, "must be between " + min + " and " + max);
        }
    }

    /** These rules with the given fields replaced. */
    public VillageRules merge(VillageRules changes) {
        return new VillageRules(pick(changes.cosignThreshold, cosignThreshold), pick(changes.collectionDays, collectionDays),
                pick(changes.meetingQuorumPercent, meetingQuorumPercent), pick(changes.voteQuorumPercent, voteQuorumPercent),
                pick(changes.noticeDays, noticeDays));
    }

    private static Integer pick(Integer changed, Integer current) {
        return changed != null ? changed : current;
    }

    /** Enough co-signers to put the topic on the agenda. */
    public boolean reachesAgenda(long cosigners) {
        return cosigners >= cosignThreshold;
    }

    public Instant collectionEnds(Instant submittedAt) {
        return submittedAt.plus(Duration.ofDays(collectionDays));
    }

    public Instant noticeEnds(Instant publishedAt) {
        return publishedAt.plus(Duration.ofDays(noticeDays));
    }

    /** A topic still collecting when its window has passed expires; at the end instant it is still open. */
    public static boolean collectionExpired(Instant collectUntil, Instant now) {
        return now.isAfter(collectUntil);
    }
}
