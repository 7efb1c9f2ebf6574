package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chrysalis.mediation.domain.Problems.invalidFields;
import static org.chrysalis.mediation.domain.Problems.problemOf;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediationPolicyTest {

    private static final Instant ACCEPTED_AT = Instant.parse("2025-03-01T09:30:00Z");
    private static final MediationPolicy DEFAULTS = MediationPolicy.defaults();

    @Nested
    class Configuration {

        @Test
        void defaultsAreThirtyThirtyThreeAndNoConflictWindow() {
            assertThat(DEFAULTS).isEqualTo(new MediationPolicy(30, 30, 3, 0));
            assertThat(MediationPolicy.from(null)).isEqualTo(DEFAULTS);
        }

        @Test
        void readsNumbersAndTheirTextAndIgnoresOtherKeys() {
            var config = Map.<String, Object>of(
                    "deadline.days", "45",
                    "extension.maxDays", 15,
                    "warning.days", 5L,
                    "conflict.recentDays", " 90 ",
                    "service.pid", "org.chrysalis.mediation");
            assertThat(MediationPolicy.from(config)).isEqualTo(new MediationPolicy(45, 15, 5, 90));
        }

        @Test
        void blankOrMissingValuesTakeTheDefault() {
            var config = new HashMap<String, Object>();
            config.put("deadline.days", " ");
            config.put("warning.days", null);
            assertThat(MediationPolicy.from(config)).isEqualTo(DEFAULTS);
        }

        @Test
        void zeroSwitchesOffTheOptionalRules() {
            var policy = MediationPolicy.from(Map.of("extension.maxDays", "0", "warning.days", "0"));
            assertThat(policy.extensionMaxDays()).isZero();
            assertThat(policy.warningDays()).isZero();
        }

        static Stream<Arguments> invalidValues() {
            return Stream.of(
                    Arguments.of("deadline.days", "thirty"),
                    Arguments.of("deadline.days", "0"),
                    Arguments.of("deadline.days", -5),
                    Arguments.of("extension.maxDays", "-1"),
                    Arguments.of("extension.maxDays", 2.5),
                    Arguments.of("warning.days", "3 days"),
                    Arguments.of("warning.days", true),
                    Arguments.of("conflict.recentDays", Long.MAX_VALUE),
                    Arguments.of("conflict.recentDays", "-30"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("invalidValues")
        void anInvalidValueIsRejectedNamingItsKey(String key, Object value) {
            assertThatThrownBy(() -> MediationPolicy.from(Map.of(key, value)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + key + "'");
        }
    }

    @Nested
    class Deadline {

        @Test
        void isTheConfiguredNumberOfWholeDaysAfterAcceptance() {
            assertThat(DEFAULTS.deadline(ACCEPTED_AT)).isEqualTo(Instant.parse("2025-03-31T09:30:00Z"));
            assertThat(new MediationPolicy(1, 30, 3, 0).deadline(ACCEPTED_AT))
                    .isEqualTo(Instant.parse("2025-03-02T09:30:00Z"));
        }

        @Test
        void dueSoonStartsExactlyWarningDaysBeforeAndLastsUntilTheDeadline() {
            var deadline = Instant.parse("2025-03-31T09:30:00Z");
            assertThat(DEFAULTS.isDueSoon(deadline, deadline.minus(Duration.ofDays(3)).minusSeconds(1))).isFalse();
            assertThat(DEFAULTS.isDueSoon(deadline, deadline.minus(Duration.ofDays(3)))).isTrue();
            assertThat(DEFAULTS.isDueSoon(deadline, deadline.minusSeconds(1))).isTrue();
            assertThat(DEFAULTS.isDueSoon(deadline, deadline)).isTrue();
            assertThat(DEFAULTS.isDueSoon(deadline, deadline.plusSeconds(1))).isFalse();
        }

        @Test
        void aWarningOfZeroDaysIsNeverDueSoon() {
            var deadline = Instant.parse("2025-03-31T09:30:00Z");
            assertThat(new MediationPolicy(30, 30, 0, 0).isDueSoon(deadline, deadline)).isFalse();
        }

        @Test
        void expiresOnlyAfterTheDeadlineInstant() {
            var deadline = Instant.parse("2025-03-31T09:30:00Z");
            assertThat(DEFAULTS.isExpired(deadline, deadline.minusSeconds(1))).isFalse();
            assertThat(DEFAULTS.isExpired(deadline, deadline)).isFalse();
            assertThat(DEFAULTS.isExpired(deadline, deadline.plusMillis(1))).isTrue();
        }

        @Test
        void theConflictWindowReachesBackTheConfiguredDays() {
            var now = Instant.parse("2025-06-01T00:00:00Z");
            assertThat(DEFAULTS.recentCasesSince(now)).isEmpty();
            assertThat(new MediationPolicy(30, 30, 3, 90).recentCasesSince(now))
                    .contains(Instant.parse("2025-03-03T00:00:00Z"));
        }
    }

    @Nested
    class Extension {

        private final Instant deadline = Instant.parse("2025-03-31T09:30:00Z");

        @Test
        void addsTheDaysToTheCurrentDeadline() {
            assertThat(DEFAULTS.extend(deadline, 10, true, true, false)).isEqualTo(Instant.parse("2025-04-10T09:30:00Z"));
        }

        @Test
        void exactlyTheMaximumIsAllowed() {
            assertThat(DEFAULTS.extend(deadline, 30, true, true, false)).isEqualTo(deadline.plus(Duration.ofDays(30)));
        }

        @Test
        void aSecondExtensionIsRefused() {
            assertRefused(() -> DEFAULTS.extend(deadline, 5, true, true, true), "already-extended", "once");
        }

        @Test
        void withoutTheConsumerIsRefused() {
            assertRefused(() -> DEFAULTS.extend(deadline, 5, false, true, false), "consent-missing", "the consumer.");
        }

        @Test
        void withoutTheMerchantIsRefused() {
            assertRefused(() -> DEFAULTS.extend(deadline, 5, true, false, false), "consent-missing", "the merchant.");
        }

        @Test
        void withoutEitherPartyIsRefused() {
            assertRefused(() -> DEFAULTS.extend(deadline, 5, false, false, false), "consent-missing",
                    "the consumer and the merchant");
        }

        @Test
        void moreThanTheMaximumIsRefused() {
            assertRefused(() -> DEFAULTS.extend(deadline, 31, true, true, false), "too-long", "at most 30 days");
        }

        @Test
        void switchedOffExtensionsAreRefused() {
            var noExtensions = new MediationPolicy(30, 0, 3, 0);
            assertRefused(() -> noExtensions.extend(deadline, 1, true, true, false), "too-long", "switched off");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void fewerThanOneDayIsAnInvalidField(int days) {
            assertThat(invalidFields(() -> DEFAULTS.extend(deadline, days, true, true, false))).containsExactly("days");
        }

        @Test
        void anInvalidRequestIsReportedBeforeTheDisputesState() {
            assertThat(invalidFields(() -> DEFAULTS.extend(deadline, 0, false, false, true))).containsExactly("days");
        }

        @Test
        void aSecondExtensionIsReportedBeforeMissingConsentOrLength() {
            assertRefused(() -> DEFAULTS.extend(deadline, 99, false, false, true), "already-extended", "once");
        }

        private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason,
                                   String detailPart) {
            var problem = problemOf(call);
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.type()).isEqualTo("extension-refused");
            assertThat(problem.extensions()).containsEntry("reason", reason);
            assertThat(problem.detail()).contains(detailPart);
        }
    }
}
