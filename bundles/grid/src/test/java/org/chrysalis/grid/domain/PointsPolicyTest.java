package org.chrysalis.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsPolicyTest {

    private final PointsPolicy policy = PointsPolicy.defaults();

    private static Transition move(IncidentStatus from, IncidentAction action, IncidentStatus to) {
        return new Transition(from, action, to);
    }

    @Test
    void defaults_are_2_5_and_10() {
        var fromEmpty = PointsPolicy.from(Map.of());

        assertThat(fromEmpty.reportAccepted()).isEqualTo(2);
        assertThat(fromEmpty.resolutionVerified()).isEqualTo(5);
        assertThat(fromEmpty.ruleAdopted()).isEqualTo(10);
    }

    @Test
    void points_are_configurable() {
        var configured = PointsPolicy.from(Map.of(
                "points.reportAccepted", "3",
                "points.resolutionVerified", " 8 ",
                "points.ruleAdopted", "0",
                "deadline.default.response", "PT1H"));

        assertThat(configured.reportAccepted()).isEqualTo(3);
        assertThat(configured.resolutionVerified()).isEqualTo(8);
        assertThat(configured.ruleAdopted()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "two", "2.5"})
    void negative_or_malformed_points_are_refused_naming_the_key(String value) {
        assertThatThrownBy(() -> PointsPolicy.from(Map.of("points.resolutionVerified", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points.resolutionVerified");
    }

    @Test
    void accepting_a_report_credits_the_worker_who_reported_it() {
        var award = policy.forTransition(move(IncidentStatus.REPORTED, IncidentAction.ACCEPT, IncidentStatus.ACCEPTED),
                42, "li.wei", "zhang.min");

        assertThat(award).contains(new PointsAward("li.wei", 2, "REPORT_ACCEPTED", "incident:42"));
    }

    @Test
    void accepting_an_escalated_report_still_credits_the_reporter() {
        var award = policy.forTransition(move(IncidentStatus.ESCALATED, IncidentAction.ACCEPT, IncidentStatus.ACCEPTED),
                7, "li.wei", null);

        assertThat(award).contains(new PointsAward("li.wei", 2, "REPORT_ACCEPTED", "incident:7"));
    }

    @Test
    void an_anonymous_citizen_report_earns_nothing() {
        var accept = move(IncidentStatus.REPORTED, IncidentAction.ACCEPT, IncidentStatus.ACCEPTED);

        assertThat(policy.forTransition(accept, 42, null, "zhang.min")).isEmpty();
        assertThat(policy.forTransition(accept, 42, " ", "zhang.min")).isEmpty();
    }

    @Test
    void verifying_a_resolution_credits_the_worker_who_resolved_it() {
        var award = policy.forTransition(move(IncidentStatus.RESOLVED, IncidentAction.VERIFY, IncidentStatus.VERIFIED),
                42, "li.wei", "zhang.min");

        assertThat(award).contains(new PointsAward("zhang.min", 5, "RESOLUTION_VERIFIED", "incident:42"));
    }

    @Test
    void verifying_without_a_known_resolver_earns_nothing() {
        assertThat(policy.forTransition(move(IncidentStatus.RESOLVED, IncidentAction.VERIFY, IncidentStatus.VERIFIED),
                42, "li.wei", null)).isEmpty();
    }

    @Test
    void rejecting_a_report_earns_nothing() {
        assertThat(policy.forTransition(move(IncidentStatus.REPORTED, IncidentAction.REJECT, IncidentStatus.REJECTED),
                42, "li.wei", null)).isEmpty();
    }

    @Test
    void merging_a_report_earns_nothing() {
        assertThat(policy.forTransition(move(IncidentStatus.REPORTED, IncidentAction.MERGE, IncidentStatus.MERGED),
                42, "li.wei", null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = IncidentAction.class, mode = EnumSource.Mode.EXCLUDE, names = {"ACCEPT", "VERIFY"})
    void no_other_action_earns_anything(IncidentAction action) {
        var any = move(IncidentStatus.ACCEPTED, action, IncidentStatus.ACCEPTED);

        assertThat(policy.forTransition(any, 42, "li.wei", "zhang.min")).isEmpty();
    }

    @Test
    void an_adopted_rule_credits_its_author() {
        assertThat(policy.forRuleAdopted("li.wei", "Quiet hours", "rule:12"))
                .isEqualTo(new PointsAward("li.wei", 10, "RULE_ADOPTED", "rule:12"));
    }

    @Test
    void an_adopted_rule_without_a_link_is_named_by_its_title() {
        assertThat(policy.forRuleAdopted("li.wei", "Quiet hours", null).link()).isEqualTo("rule:Quiet hours");
    }

    @Test
    void an_award_needs_a_worker() {
        assertThatThrownBy(() -> policy.forRuleAdopted(null, "Quiet hours", "rule:12"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
