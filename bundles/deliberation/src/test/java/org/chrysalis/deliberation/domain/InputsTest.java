package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.chrysalis.deliberation.domain.Problems.invalidFields;

import java.time.Instant;
import java.util.List;

import org.chrysalis.deliberation.domain.MeetingPlan.Participant;
import org.chrysalis.deliberation.domain.MeetingPlan.Role;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void aTopicNeedsTitleDescriptionKindMatterAndVillage() {
        assertThat(invalidFields(() -> new TopicDraft(" ", null, null, null, null).validate()))
                .containsExactly("title", "description", "kind", "matter", "villageCode");
        assertThatCode(() -> new TopicDraft("修路", "村道硬化", TopicKind.VILLAGE_TALK, Matter.CONSTRUCTION_PROJECT, "QC-1")
                .validate()).doesNotThrowAnyException();
    }

    @Test
    void declineNeedsAPublicReasonAndVotingAWindow() {
        assertThat(invalidFields(() -> new ActionRequest(TopicAction.DECLINE, null, null, null).validate()))
                .containsExactly("reason");
        assertThat(invalidFields(() -> new ActionRequest(TopicAction.OPEN_VOTING, null, null, null).validate()))
                .containsExactly("votingClosesAt");
        assertThat(invalidFields(() -> new ActionRequest(null, null, null, null).validate())).containsExactly("action");
    }

    @Test
    void aMeetingInvitesAtLeastOneRepresentativeOnceEach() {
        assertThat(invalidFields(() -> new MeetingPlan("QC-1", List.of(), Instant.EPOCH, null, false, List.of()).validate()))
                .containsExactly("topicIds", "place", "participants");
        assertThat(invalidFields(() -> new MeetingPlan("QC-1", List.of(1L), Instant.EPOCH, null, true, List.of(
                new Participant("王", Role.STAKEHOLDER), new Participant("王", Role.STAKEHOLDER))).validate()))
                .containsExactly("participants[1].name", "participants");
        MeetingPlan ok = new MeetingPlan("QC-1", List.of(1L), Instant.EPOCH, "村委会", null, List.of(
                new Participant("王", Role.REPRESENTATIVE), new Participant("李", Role.STAKEHOLDER)));
        assertThatCode(ok::validate).doesNotThrowAnyException();
        assertThat(ok.representatives()).isEqualTo(1);
    }

    @Test
    void minutesNeedTextAndAttendeeCount() {
        assertThat(invalidFields(() -> new Minutes(null, -1, List.of(new Minutes.Contribution("王", " "))).validate()))
                .containsExactly("text", "attendeeCount", "contributions[0].summary");
    }

    @Test
    void aVoteHasAtLeastTwoDistinctOptions() {
        assertThat(invalidFields(() -> new VoteOptions(List.of("同意")).validate())).containsExactly("options");
        assertThat(invalidFields(() -> new VoteOptions(List.of("同意", "同意")).validate())).containsExactly("options[1]");
        assertThat(invalidFields(() -> new VoteOptions(null).validate())).containsExactly("options");
        assertThatCode(() -> new VoteOptions(List.of("同意", "不同意")).validate()).doesNotThrowAnyException();
    }
}
