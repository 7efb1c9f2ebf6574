package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionRequestTest {

    private static ActionRequest request(IncidentAction action) {
        return new ActionRequest(action, null, null, null, null, null);
    }

    private static List<String> invalidFields(ActionRequest request) {
        var problem = catchThrowableOfType(ProblemException.class, request::validate);
        assertThat(problem).as("%s should be invalid", request).isNotNull();
        assertThat(problem.problem().status()).isEqualTo(400);
        return problem.problem().errors().stream().map(FieldError::field).toList();
    }

    @ParameterizedTest
    @EnumSource(value = IncidentAction.class, names = {"ACCEPT", "START", "RESOLVE", "VERIFY", "REOPEN", "CLOSE", "ESCALATE"})
    void actions_without_parameters_need_nothing_else(IncidentAction action) {
        assertThatCode(() -> request(action).validate()).doesNotThrowAnyException();
    }

    @Test
    void the_action_is_required() {
        assertThat(invalidFields(request(null))).containsExactly("action");
    }

    @Test
    void dispatch_needs_a_department() {
        assertThat(invalidFields(request(IncidentAction.DISPATCH))).containsExactly("departmentCode");
        assertThat(invalidFields(new ActionRequest(IncidentAction.DISPATCH, null, " ", null, null, null)))
                .containsExactly("departmentCode");
        assertThatCode(() -> new ActionRequest(IncidentAction.DISPATCH, null, "roads", null, null, null).validate())
                .doesNotThrowAnyException();
    }

    @Test
    void reject_needs_a_reason() {
        assertThat(invalidFields(request(IncidentAction.REJECT))).containsExactly("reason");
        assertThatCode(() -> new ActionRequest(IncidentAction.REJECT, null, null, "not in our city", null, null)
                .validate()).doesNotThrowAnyException();
    }

    @Test
    void merge_needs_the_incident_it_duplicates() {
        assertThat(invalidFields(request(IncidentAction.MERGE))).containsExactly("mergeInto");
        assertThat(invalidFields(new ActionRequest(IncidentAction.MERGE, null, null, null, 0L, null)))
                .containsExactly("mergeInto");
        assertThatCode(() -> new ActionRequest(IncidentAction.MERGE, null, null, null, 17L, null).validate())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mediation", "campaigns"})
    void transfer_goes_to_mediation_or_campaigns(String target) {
        assertThatCode(() -> new ActionRequest(IncidentAction.TRANSFER, null, null, null, null, target).validate())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "parking", "Mediation"})
    void transfer_refuses_other_targets(String target) {
        assertThat(invalidFields(new ActionRequest(IncidentAction.TRANSFER, null, null, null, null, target)))
                .containsExactly("targetCapability");
    }

    @Test
    void transfer_needs_a_target() {
        assertThat(invalidFields(request(IncidentAction.TRANSFER))).containsExactly("targetCapability");
    }

    @Test
    void comment_is_at_most_2000_characters() {
        assertThatCode(() -> new ActionRequest(IncidentAction.START, "c".repeat(2_000), null, null, null, null)
                .validate()).doesNotThrowAnyException();
        assertThat(invalidFields(new ActionRequest(IncidentAction.START, "c".repeat(2_001), null, null, null, null)))
                .containsExactly("comment");
    }

    @Test
    void reason_is_at_most_500_characters() {
        assertThatCode(() -> new ActionRequest(IncidentAction.REJECT, null, null, "r".repeat(500), null, null)
                .validate()).doesNotThrowAnyException();
        assertThat(invalidFields(new ActionRequest(IncidentAction.REJECT, null, null, "r".repeat(501), null, null)))
                .containsExactly("reason");
    }

    @Test
    void fields_the_action_does_not_use_are_ignored() {
        assertThatCode(() -> new ActionRequest(IncidentAction.ACCEPT, "ok", "roads", "why", 3L, "parking").validate())
                .doesNotThrowAnyException();
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        var request = new ActionRequest(IncidentAction.REJECT, "c".repeat(2_001), null, null, null, null);

        assertThat(invalidFields(request)).containsExactlyInAnyOrder("comment", "reason");
    }
}
