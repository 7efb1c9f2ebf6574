package org.chrysalis.deliberation.domain;

import java.time.Instant;

import org.chrysalis.platform.api.problem.ProblemException;

/**
 * Who may cast a ballot now: one vote per villager registered in the topic's village, while the
 * topic is VOTING and inside its window. The checks run in the order a voter would want to hear
 * them: the vote is not open, you are not eligible, you already voted.
 */
public final class BallotRules {

    private BallotRules() {
    }

    /**
     * @param voterVillage the voter's village in the register, null when not registered
     * @throws ProblemException 409 when voting is not open or the villager already voted in this round,
     *                          403 when the villager is not registered in the topic's village
     */
    public static void checkMayVote(TopicStatus status, Instant now, Instant opensAt, Instant closesAt,
                                    String voterVillage, String topicVillage, boolean alreadyVoted) {
        if (status != TopicStatus.VOTING) {
            throw ProblemException.conflict("The topic is " + status + ": it is not being voted on.");
        }
        if (now.isBefore(opensAt) || !now.isBefore(closesAt)) {
            throw ProblemException.conflict("The voting window is " + opensAt + " to " + closesAt + ".");
        }
        if (voterVillage == null || !voterVillage.equals(topicVillage)) {
            throw ProblemException.forbidden("Only villagers registered in " + topicVillage + " vote on this topic.");
        }
        if (alreadyVoted) {
            throw ProblemException.conflict("You have already voted on this topic.");
        }
    }

    /** Co-signing: a villager of the same village, not the author, once. */
    public static void checkMayCosign(TopicStatus status, String signer, String author, String signerVillage,
                                      String topicVillage, boolean alreadySigned) {
        if (status != TopicStatus.COLLECTING) {
            throw ProblemException.conflict("The topic is " + status + ": it is not collecting co-signers.");
        }
        if (signerVillage == null || !signerVillage.equals(topicVillage)) {
            throw ProblemException.forbidden("Only villagers registered in " + topicVillage + " co-sign this topic.");
        }
        if (signer.equals(author)) {
            throw ProblemException.conflict("The author does not co-sign their own topic.");
        }
        if (alreadySigned) {
            throw ProblemException.conflict("You have already co-signed this topic.");
        }
    }

    /** Objections are lodged by villagers of the village during the notice period. */
    public static void checkMayObject(TopicStatus status, Instant now, Instant noticeEndsAt, String objectorVillage,
                                      String topicVillage) {
        if (status != TopicStatus.IN_NOTICE || noticeEndsAt == null || !now.isBefore(noticeEndsAt)) {
            throw ProblemException.conflict("Objections are lodged during the public-notice period only.");
        }
        if (objectorVillage == null || !objectorVillage.equals(topicVillage)) {
            throw ProblemException.forbidden("Only villagers registered in " + topicVillage + " object to this decision.");
        }
    }

    /** Implementation starts once the notice period is over and every objection has been ruled on. */
    public static void checkMayImplement(Instant now, Instant noticeEndsAt, long pendingObjections) {
        if (now.isBefore(noticeEndsAt)) {
            throw ProblemException.conflict("The public-notice period runs until " + noticeEndsAt + ".");
        }
        if (pendingObjections > 0) {
            throw ProblemException.conflict(pendingObjections + " objection(s) wait for a ruling.");
        }
    }

    /** Progress only goes forward, from 0 to 100 percent. */
    public static void checkProgress(int previousPercent, Integer percent) {
        if (percent == null || percent < 0 || percent > 100) {
            throw ProblemException.invalid("percent", "must be between 0 and 100");
        }
        if (percent < previousPercent) {
            throw ProblemException.invalid("percent", "must not be below the last reported " + previousPercent);
        }
    }
}
