package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.chrysalis.mediation.domain.Problems.invalidFields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionRequestTest {

    private static final Session SESSION =
            new Session(Instant.parse("2025-03-10T06:00:00Z"), SessionMode.ONLINE, "https://meet.example.org/1", List.of(), null);
    private static final AgreementTerms TERMS = new AgreementTerms("refund", 129_900L, LocalDate.of(2025, 4, 15));

    /** Only the action set; everything else empty. */
    private static ActionRequest bare(DisputeAction action) {
        return new ActionRequest(action, null, null, null, null, null, false, false, null, null);
    }

    @Test
    void anActionIsRequired() {
        assertThat(invalidFields(() -> bare(null).validate())).containsExactly("action");
    }

    @ParameterizedTest
    @EnumSource(value = DisputeAction.class, names = {"ACCEPT", "ASSIGN", "REASSIGN", "START", "FAIL", "FULFIL",
            "DEFAULT", "WITHDRAW", "EXPIRE"})
    void actionsWithoutDataNeedNothingMore(DisputeAction action) {
        assertThatCode(() -> bare(action).validate()).doesNotThrowAnyException();
    }

    @Test
    void eachActionRequiresItsOwnField() {
        assertThat(invalidFields(() -> bare(DisputeAction.DECLINE).validate())).containsExactly("declineReason");
        assertThat(invalidFields(() -> bare(DisputeAction.CONFIRM).validate())).containsExactly("confirmationNumber");
        assertThat(invalidFields(() -> bare(DisputeAction.REFER).validate())).containsExactly("filingReference");
        assertThat(invalidFields(() -> bare(DisputeAction.EXTEND).validate())).containsExactly("extensionDays");
        assertThat(invalidFields(() -> bare(DisputeAction.SCHEDULE_SESSION).validate())).containsExactly("session");
        assertThat(invalidFields(() -> bare(DisputeAction.AGREE).validate())).containsExactly("agreement");
    }

    @Test
    void completeRequestsPass() {
        var requests = List.of(
                new ActionRequest(DisputeAction.DECLINE, "dup", DeclineReason.DUPLICATE, null, null, null, false, false,
                        null, null),
                new ActionRequest(DisputeAction.CONFIRM, null, null, "(2025)京0105民特123号", null, null, false, false,
                        null, null),
                new ActionRequest(DisputeAction.REFER, null, null, null, "x".repeat(64), null, false, false, null, null),
                new ActionRequest(DisputeAction.EXTEND, null, null, null, null, 10, true, true, null, null),
                new ActionRequest(DisputeAction.SCHEDULE_SESSION, null, null, null, null, null, false, false, SESSION,
                        null),
                new ActionRequest(DisputeAction.AGREE, "x".repeat(2_000), null, null, null, null, false, false, null,
                        TERMS));
        for (var request : requests) {
            assertThatCode(request::validate).as(request.action().name()).doesNotThrowAnyException();
        }
    }

    @Test
    void extensionDaysMustBePositive() {
        var request = new ActionRequest(DisputeAction.EXTEND, null, null, null, null, 0, true, true, null, null);
        assertThat(invalidFields(request::validate)).containsExactly("extensionDays");
    }

    @Test
    void missingConsentIsNotAFieldErrorButThePolicysRefusal() {
        var request = new ActionRequest(DisputeAction.EXTEND, null, null, null, null, 5, false, false, null, null);
        assertThatCode(request::validate).doesNotThrowAnyException();
    }

    @Test
    void theSessionIsValidatedWithPrefixedFieldNames() {
        var bad = new Session(null, null, "x".repeat(201), List.of(" "), null);
        var request = new ActionRequest(DisputeAction.SCHEDULE_SESSION, null, null, null, null, null, false, false, bad,
                null);
        assertThat(invalidFields(request::validate))
                .containsExactly("session.scheduledAt", "session.mode", "session.place", "session.attendees[0]");
    }

    @Test
    void theAgreementIsValidatedWithPrefixedFieldNames() {
        var bad = new AgreementTerms(null, -5L, null);
        var request = new ActionRequest(DisputeAction.AGREE, null, null, null, null, null, false, false, null, bad);
        assertThat(invalidFields(request::validate))
                .containsExactly("agreement.terms", "agreement.dueDate", "agreement.amountFen");
    }

    @Test
    void lengthLimitsApplyWhateverTheAction() {
        var request = new ActionRequest(DisputeAction.FULFIL, "x".repeat(2_001), null, "x".repeat(65), "x".repeat(65),
                null, false, false, null, null);
        assertThat(invalidFields(request::validate))
                .containsExactly("comment", "confirmationNumber", "filingReference");
    }

    @Test
    void fieldsOtherActionsUseAreIgnored() {
        var badSession = new Session(null, null, null, null, null);
        var badTerms = new AgreementTerms(null, null, null);
        var request = new ActionRequest(DisputeAction.START, null, null, null, null, -3, false, false, badSession,
                badTerms);
        assertThatCode(request::validate).doesNotThrowAnyException();
    }

    @Test
    void everyActionIsCoveredByTheseTests() {
        var withData = EnumSet.of(DisputeAction.DECLINE, DisputeAction.CONFIRM, DisputeAction.REFER,
                DisputeAction.EXTEND, DisputeAction.SCHEDULE_SESSION, DisputeAction.AGREE);
        var without = EnumSet.of(DisputeAction.ACCEPT, DisputeAction.ASSIGN, DisputeAction.REASSIGN,
                DisputeAction.START, DisputeAction.FAIL, DisputeAction.FULFIL, DisputeAction.DEFAULT,
                DisputeAction.WITHDRAW, DisputeAction.EXPIRE);
        withData.addAll(without);
        assertThat(withData).isEqualTo(EnumSet.allOf(DisputeAction.class));
    }
}
