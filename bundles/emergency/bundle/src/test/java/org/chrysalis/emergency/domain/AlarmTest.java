package org.chrysalis.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.ProblemException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlarmTest {

    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    static final String CODE = "91350100M000100Y43";

    static final Set<String> ENTERPRISE = Set.of(EmergencyRoles.ENTERPRISE);
    static final Set<String> PARK = Set.of(EmergencyRoles.PARK);
    static final Set<String> CENTER = Set.of(EmergencyRoles.CENTER);
    static final Set<String> ADMIN = Set.of(EmergencyRoles.ADMIN);

    static final List<Resource> TEAM = List.of(new Resource(ResourceKind.TEAM, "Plant fire team", 6));

    static Alarm raise(boolean drill) {
        return Alarm.raise("a-1", new RaiseRequest("Fuqing Chemical Co.", CODE, "Jiangyin Park", AlarmKind.LEAK,
                "Chlorine valve leaking", drill), "zhang", T0, TierWindows.DEFAULTS);
    }

    static Alarm raise() {
        return raise(false);
    }

    static Instant at(Duration offset) {
        return T0.plus(offset);
    }

    static Duration sec(long s) {
        return Duration.ofSeconds(s);
    }

    static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    static TransitionException refused(Runnable call) {
        return catchThrowableOfType(TransitionException.class, call::run);
    }

    @Nested
    class Raising {

        @Test
        void startsAtTheEnterpriseWithAOneMinuteClock() {
            Alarm alarm = raise();
            assertThat(alarm.id()).isEqualTo("a-1");
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
            assertThat(alarm.tier()).isEqualTo(Tier.ENTERPRISE);
            assertThat(alarm.raisedAt()).isEqualTo(T0);
            assertThat(alarm.raisedBy()).isEqualTo("zhang");
            assertThat(alarm.tierStartedAt()).isEqualTo(T0);
            assertThat(alarm.deadline()).isEqualTo(at(min(1)));
            assertThat(alarm.escalationDueAt()).contains(at(min(1)));
            assertThat(alarm.overdue()).isFalse();
            assertThat(alarm.drill()).isFalse();
            assertThat(alarm.kind()).isEqualTo(AlarmKind.LEAK);
            assertThat(alarm.enterpriseName()).isEqualTo("Fuqing Chemical Co.");
            assertThat(alarm.creditCode()).isEqualTo(CODE);
            assertThat(alarm.park()).isEqualTo("Jiangyin Park");
            assertThat(alarm.responders()).isEmpty();
            assertThat(alarm.resources()).isEmpty();
            assertThat(alarm.timeline()).singleElement().satisfies(e -> {
                assertThat(e.at()).isEqualTo(T0);
                assertThat(e.tier()).isEqualTo(Tier.ENTERPRISE);
                assertThat(e.actor()).isEqualTo("zhang");
                assertThat(e.kind()).isEqualTo(EventKind.RAISED);
                assertThat(e.note()).isEqualTo("Chlorine valve leaking");
            });
        }

        @Test
        void usesConfiguredWindows() {
            var windows = TierWindows.fromConfig(Map.of("window.enterprise", "PT30S"));
            Alarm alarm = Alarm.raise("a-2", new RaiseRequest("Co", CODE, "Park", AlarmKind.FIRE, null, false),
                    "zhang", T0, windows);
            assertThat(alarm.deadline()).isEqualTo(at(sec(30)));
            assertThat(alarm.windows()).isSameAs(windows);
        }

        @Test
        void normalisesTheCreditCode() {
            Alarm alarm = Alarm.raise("a-3", new RaiseRequest(" Co ", " 91350100m000100y43 ", "Park", AlarmKind.FIRE,
                    " ", false), "zhang", T0, TierWindows.DEFAULTS);
            assertThat(alarm.creditCode()).isEqualTo(CODE);
            assertThat(alarm.enterpriseName()).isEqualTo("Co");
            assertThat(alarm.description()).isNull();
        }

        @Test
        void refusesInvalidInputWithEveryFieldError() {
            var e = catchThrowableOfType(ProblemException.class, () -> Alarm.raise("a-4",
                    new RaiseRequest("", "91350100M000100Y44", "Park", null, null, false), "zhang", T0,
                    TierWindows.DEFAULTS));
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(FieldError::field)
                    .containsExactly("enterpriseName", "creditCode", "kind");
        }
    }

    @Nested
    class TierClocks {

        @Test
        void oneSecondBeforeTheDeadlineNothingHappens() {
            Alarm alarm = raise();
            assertThat(alarm.escalateIfDue(at(sec(59)))).isFalse();
            assertThat(alarm.tier()).isEqualTo(Tier.ENTERPRISE);
            assertThat(alarm.timeline()).hasSize(1);
        }

        @Test
        void exactlyAtTheDeadlineTheAlarmEscalatesWithAFreshFiveMinuteWindow() {
            Alarm alarm = raise();
            assertThat(alarm.escalateIfDue(at(min(1)))).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.PARK);
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
            assertThat(alarm.tierStartedAt()).isEqualTo(at(min(1)));
            assertThat(alarm.deadline()).isEqualTo(at(min(6)));
            assertThat(alarm.timeline()).last().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(EventKind.ESCALATED_ON_TIMEOUT);
                assertThat(e.at()).isEqualTo(at(min(1)));
                assertThat(e.tier()).isEqualTo(Tier.ENTERPRISE);
                assertThat(e.actor()).isEqualTo(Alarm.SYSTEM);
                assertThat(e.note()).contains("PT1M").contains("PARK");
            });
        }

        @Test
        void theParkWindowIsCountedFromWhenTheAlarmReachedThePark() {
            Alarm alarm = raise();
            alarm.escalateIfDue(at(sec(70)));
            // reached PARK at the enterprise deadline (T0+1m), not at the scheduler's 70 s
            assertThat(alarm.tierStartedAt()).isEqualTo(at(min(1)));
            assertThat(alarm.escalateIfDue(at(min(6).minusSeconds(1)))).isFalse();
            assertThat(alarm.tier()).isEqualTo(Tier.PARK);
            assertThat(alarm.escalateIfDue(at(min(6)))).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.NEW_AREA);
            assertThat(alarm.deadline()).isEqualTo(at(min(16)));
        }

        @Test
        void acknowledgingAloneDoesNotStopTheClock() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(10)));
            assertThat(alarm.escalationDueAt()).contains(at(min(1)));
            assertThat(alarm.escalateIfDue(at(min(1)))).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.PARK);
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
        }

        @Test
        void dispatchingWithinTheWindowStopsAutomaticEscalation() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(10)));
            alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, TEAM, at(sec(59)));
            assertThat(alarm.windowMet()).isTrue();
            assertThat(alarm.escalationDueAt()).isEmpty();
            assertThat(alarm.escalateIfDue(at(Duration.ofHours(5)))).isFalse();
            assertThat(alarm.tier()).isEqualTo(Tier.ENTERPRISE);
            assertThat(alarm.status()).isEqualTo(AlarmStatus.DISPATCHED);
        }

        @Test
        void actingAtTheDeadlineIsTooLateTheAlarmHasMovedOn() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(10)));
            var e = refused(() -> alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, TEAM, at(min(1))));
            assertThat(e.kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
            // the catch-up stays: the alarm is now the park's
            assertThat(alarm.tier()).isEqualTo(Tier.PARK);
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
            assertThat(alarm.resources()).isEmpty();
        }

        @Test
        void escalateIfDueIsIdempotent() {
            Alarm alarm = raise();
            assertThat(alarm.escalateIfDue(at(min(2)))).isTrue();
            var after = alarm.snapshot();
            assertThat(alarm.escalateIfDue(at(min(2)))).isFalse();
            assertThat(alarm.escalateIfDue(at(min(3)))).isFalse();
            assertThat(alarm.snapshot()).isEqualTo(after);
        }
    }

    @Nested
    class CatchUp {

        @Test
        void anAlarmThatMissedEveryWindowClimbsTierByTierAtTheRealDeadlines() {
            Alarm alarm = raise();
            assertThat(alarm.escalateIfDue(at(Duration.ofHours(2)))).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.NEW_AREA);
            assertThat(alarm.overdue()).isTrue();
            assertThat(alarm.tierStartedAt()).isEqualTo(at(min(6)));
            assertThat(alarm.deadline()).isEqualTo(at(min(16)));
            assertThat(alarm.timeline()).extracting(TimelineEntry::at, TimelineEntry::tier, TimelineEntry::kind)
                    .containsExactly(
                            tuple(T0, Tier.ENTERPRISE, EventKind.RAISED),
                            tuple(at(min(1)), Tier.ENTERPRISE, EventKind.ESCALATED_ON_TIMEOUT),
                            tuple(at(min(6)), Tier.PARK, EventKind.ESCALATED_ON_TIMEOUT),
                            tuple(at(min(16)), Tier.NEW_AREA, EventKind.OVERDUE));
        }

        @Test
        void catchUpStopsAtTheTierWhoseWindowIsStillOpen() {
            Alarm alarm = raise();
            assertThat(alarm.escalateIfDue(at(min(7)))).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.NEW_AREA);
            assertThat(alarm.overdue()).isFalse();
            assertThat(alarm.escalationDueAt()).contains(at(min(16)));
            assertThat(alarm.timeline()).extracting(TimelineEntry::at)
                    .containsExactly(T0, at(min(1)), at(min(6)));
        }

        @Test
        void aUserActionCatchesUpFirst() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "wang", CENTER, null, null, at(min(8)));
            assertThat(alarm.tier()).isEqualTo(Tier.NEW_AREA);
            assertThat(alarm.status()).isEqualTo(AlarmStatus.ACKNOWLEDGED);
            assertThat(alarm.timeline()).extracting(TimelineEntry::kind).containsExactly(EventKind.RAISED,
                    EventKind.ESCALATED_ON_TIMEOUT, EventKind.ESCALATED_ON_TIMEOUT, EventKind.ACKNOWLEDGED);
        }

        @Test
        void catchUpUsesTheWindowsOfARestoredAlarm() {
            Alarm stored = raise();
            var windows = new TierWindows(min(1), min(2), min(3));
            Alarm alarm = Alarm.restore(stored.snapshot(), windows);
            alarm.escalateIfDue(at(min(10)));
            assertThat(alarm.timeline()).extracting(TimelineEntry::at).containsExactly(T0, at(min(1)), at(min(3)),
                    at(min(6)));
            assertThat(alarm.overdue()).isTrue();
        }
    }

    @Nested
    class ManualEscalation {

        @Test
        void aTierMayEscalateBeforeItsWindowEnds() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(5)));
            AlarmStatus status = alarm.act(AlarmAction.ESCALATE, "li", ENTERPRISE, "Leak beyond our means", null,
                    at(sec(20)));
            assertThat(status).isEqualTo(AlarmStatus.RAISED);
            assertThat(alarm.tier()).isEqualTo(Tier.PARK);
            assertThat(alarm.tierStartedAt()).isEqualTo(at(sec(20)));
            assertThat(alarm.deadline()).isEqualTo(at(sec(20)).plus(min(5)));
            assertThat(alarm.timeline()).last().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(EventKind.ESCALATED);
                assertThat(e.tier()).isEqualTo(Tier.ENTERPRISE);
                assertThat(e.actor()).isEqualTo("li");
                assertThat(e.note()).isEqualTo("Escalated to PARK: Leak beyond our means");
            });
        }

        @Test
        void theNextTierMustAcknowledgeAndDispatchAgain() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(5)));
            alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, TEAM, at(sec(30)));
            alarm.act(AlarmAction.ESCALATE, "li", ENTERPRISE, "Fire spreading", null, at(min(3)));
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
            assertThat(alarm.windowMet()).isFalse();
            assertThat(alarm.allowedActions(PARK))
                    .containsExactly(AlarmAction.ACKNOWLEDGE, AlarmAction.ESCALATE, AlarmAction.CANCEL);
            assertThat(refused(() -> alarm.act(AlarmAction.DISPATCH, "chen", PARK, null, TEAM, at(min(4)))).kind())
                    .isEqualTo(TransitionException.Kind.ILLEGAL);
            // and the park's clock runs again: it escalates at 3 + 5 minutes
            assertThat(alarm.escalateIfDue(at(min(8)))).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.NEW_AREA);
        }

        @Test
        void escalatingNeedsAReason() {
            Alarm alarm = raise();
            var e = catchThrowableOfType(ProblemException.class,
                    () -> alarm.act(AlarmAction.ESCALATE, "li", ENTERPRISE, " ", null, at(sec(5))));
            assertThat(e.problem().errors()).containsExactly(new FieldError("note", "is required to escalate"));
            assertThat(alarm.tier()).isEqualTo(Tier.ENTERPRISE);
        }

        @Test
        void theLastTierCannotEscalate() {
            Alarm alarm = raise();
            alarm.escalateIfDue(at(min(6)));
            var e = refused(() -> alarm.act(AlarmAction.ESCALATE, "wang", CENTER, "help", null, at(min(7))));
            assertThat(e.kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
            assertThat(e.allowed()).containsExactly(AlarmAction.ACKNOWLEDGE, AlarmAction.CANCEL);
        }
    }

    @Nested
    class LastTierOverdue {

        @Test
        void aMissedLastWindowFlagsOverdueOnceAndKeepsTheTier() {
            Alarm alarm = raise();
            alarm.escalateIfDue(at(min(6)));
            alarm.act(AlarmAction.ACKNOWLEDGE, "wang", CENTER, null, null, at(min(7)));
            assertThat(alarm.escalateIfDue(at(min(16).minusSeconds(1)))).isFalse();
            assertThat(alarm.escalateIfDue(at(min(16)))).isTrue();
            assertThat(alarm.overdue()).isTrue();
            assertThat(alarm.tier()).isEqualTo(Tier.NEW_AREA);
            assertThat(alarm.status()).isEqualTo(AlarmStatus.ACKNOWLEDGED);
            assertThat(alarm.escalationDueAt()).isEmpty();
            assertThat(alarm.escalateIfDue(at(min(30)))).isFalse();
            assertThat(alarm.timeline()).filteredOn(e -> e.kind() == EventKind.OVERDUE).singleElement()
                    .satisfies(e -> {
                        assertThat(e.at()).isEqualTo(at(min(16)));
                        assertThat(e.actor()).isEqualTo(Alarm.SYSTEM);
                    });
        }

        @Test
        void anOverdueAlarmCanStillBeHandledAndStaysFlagged() {
            Alarm alarm = raise();
            alarm.escalateIfDue(at(min(20)));
            alarm.act(AlarmAction.ACKNOWLEDGE, "wang", CENTER, null, null, at(min(21)));
            alarm.act(AlarmAction.DISPATCH, "wang", CENTER, null, TEAM, at(min(22)));
            alarm.act(AlarmAction.CONTAIN, "wang", CENTER, null, null, at(min(40)));
            alarm.act(AlarmAction.CLOSE, "wang", CENTER, "Report filed", null, at(min(60)));
            assertThat(alarm.status()).isEqualTo(AlarmStatus.CLOSED);
            assertThat(alarm.overdue()).isTrue();
            assertThat(alarm.timeline()).filteredOn(e -> e.kind() == EventKind.OVERDUE).hasSize(1);
        }
    }

    @Nested
    class Permissions {

        @Test
        void anotherTiersRoleIsForbiddenAndToldItMayDoNothing() {
            Alarm alarm = raise();
            var e = refused(() -> alarm.act(AlarmAction.ACKNOWLEDGE, "chen", PARK, null, null, at(sec(5))));
            assertThat(e.kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
            assertThat(e.kind().httpStatus()).isEqualTo(403);
            assertThat(e.allowed()).isEmpty();
            assertThat(e.toProblemException().problem().extensions()).containsEntry("tier", "ENTERPRISE");
            assertThat(e.getMessage()).isEqualTo(
                    "Your roles do not allow ACKNOWLEDGE on an alarm that is RAISED at tier ENTERPRISE.");
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
        }

        @Test
        void theEnterpriseLosesTheAlarmOnceItEscalated() {
            Alarm alarm = raise();
            alarm.escalateIfDue(at(min(1)));
            assertThat(refused(() -> alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(min(2))))
                    .kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
            assertThat(alarm.act(AlarmAction.ACKNOWLEDGE, "chen", PARK, null, null, at(min(2))))
                    .isEqualTo(AlarmStatus.ACKNOWLEDGED);
            assertThat(alarm.respondersAt(Tier.PARK)).extracting(Responder::actor).containsExactly("chen");
        }

        @Test
        void unknownRolesAndNoRolesAreForbidden() {
            Alarm alarm = raise();
            assertThat(refused(() -> alarm.act(AlarmAction.ACKNOWLEDGE, "x", Set.of("villager"), null, null,
                    at(sec(1)))).kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
            assertThat(refused(() -> alarm.act(AlarmAction.ACKNOWLEDGE, "x", null, null, null, at(sec(1)))).kind())
                    .isEqualTo(TransitionException.Kind.FORBIDDEN);
        }

        @Test
        void adminActsForAnyTier() {
            Alarm alarm = raise();
            alarm.escalateIfDue(at(min(6)));
            assertThat(alarm.act(AlarmAction.ACKNOWLEDGE, "root", ADMIN, null, null, at(min(7))))
                    .isEqualTo(AlarmStatus.ACKNOWLEDGED);
            assertThat(alarm.allowedActions(ADMIN)).containsExactly(AlarmAction.DISPATCH, AlarmAction.CANCEL);
        }

        @Test
        void nobodyMayTakeTheSystemTimeout() {
            Alarm alarm = raise();
            var e = refused(() -> alarm.act(AlarmAction.ESCALATE_TIMEOUT, "root", ADMIN, null, null, at(sec(5))));
            assertThat(e.kind()).isEqualTo(TransitionException.Kind.FORBIDDEN);
            assertThat(e.allowed()).containsExactly(AlarmAction.ACKNOWLEDGE, AlarmAction.ESCALATE, AlarmAction.CANCEL);
            assertThat(alarm.tier()).isEqualTo(Tier.ENTERPRISE);
        }

        @Test
        void aUserWithSeveralTierRolesActsForTheCurrentOne() {
            Alarm alarm = raise();
            Set<String> both = Set.of(EmergencyRoles.ENTERPRISE, EmergencyRoles.PARK);
            alarm.act(AlarmAction.ESCALATE, "zhou", both, "handing on", null, at(sec(5)));
            assertThat(alarm.act(AlarmAction.ACKNOWLEDGE, "zhou", both, null, null, at(sec(6))))
                    .isEqualTo(AlarmStatus.ACKNOWLEDGED);
        }

        @Test
        void forbiddenBecomesA403Problem() {
            Alarm alarm = raise();
            var problem = refused(() -> alarm.act(AlarmAction.CANCEL, "chen", PARK, "no", null, at(sec(5))))
                    .toProblemException().problem();
            assertThat(problem.status()).isEqualTo(403);
            assertThat(problem.type()).isEqualTo("forbidden");
            assertThat(problem.extensions()).containsEntry("status", "RAISED").containsEntry("tier", "ENTERPRISE")
                    .containsEntry("allowedActions", List.of());
        }
    }

    @Nested
    class IllegalMoves {

        @Test
        void dispatchBeforeAcknowledgeIsIllegalAndListsWhatIsAllowed() {
            Alarm alarm = raise();
            var e = refused(() -> alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, TEAM, at(sec(5))));
            assertThat(e.kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
            assertThat(e.kind().httpStatus()).isEqualTo(409);
            assertThat(e.status()).isEqualTo(AlarmStatus.RAISED);
            assertThat(e.action()).isEqualTo(AlarmAction.DISPATCH);
            assertThat(e.allowed()).containsExactly(AlarmAction.ACKNOWLEDGE, AlarmAction.ESCALATE, AlarmAction.CANCEL);
            assertThat(e.getMessage()).isEqualTo("An alarm that is RAISED at tier ENTERPRISE does not allow DISPATCH.");
            var problem = e.toProblemException().problem();
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.type()).isEqualTo("illegal-transition");
            assertThat(problem.extensions()).containsEntry("allowedActions", List.of("ACKNOWLEDGE", "ESCALATE", "CANCEL"));
        }

        @Test
        void illegalComesBeforeForbidden() {
            Alarm alarm = raise();
            var e = refused(() -> alarm.act(AlarmAction.CLOSE, "chen", PARK, null, null, at(sec(5))));
            assertThat(e.kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
            assertThat(e.allowed()).isEmpty();
        }

        @Test
        void containOnlyAfterDispatchAndCloseOnlyAfterContain() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(5)));
            assertThat(refused(() -> alarm.act(AlarmAction.CONTAIN, "li", ENTERPRISE, null, null, at(sec(6)))).kind())
                    .isEqualTo(TransitionException.Kind.ILLEGAL);
            alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, TEAM, at(sec(7)));
            assertThat(refused(() -> alarm.act(AlarmAction.CLOSE, "li", ENTERPRISE, null, null, at(sec(8)))).kind())
                    .isEqualTo(TransitionException.Kind.ILLEGAL);
            assertThat(alarm.act(AlarmAction.CONTAIN, "li", ENTERPRISE, null, null, at(min(20))))
                    .isEqualTo(AlarmStatus.CONTAINED);
            assertThat(refused(() -> alarm.act(AlarmAction.CANCEL, "li", ENTERPRISE, "oops", null, at(min(21))))
                    .kind()).isEqualTo(TransitionException.Kind.ILLEGAL);
            assertThat(alarm.act(AlarmAction.CLOSE, "li", ENTERPRISE, null, null, at(min(30))))
                    .isEqualTo(AlarmStatus.CLOSED);
        }

        @Test
        void closedAndCancelledAlarmsAreFinal() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.CANCEL, "li", ENTERPRISE, "Sensor fault, false alarm", null, at(sec(20)));
            assertThat(alarm.status()).isEqualTo(AlarmStatus.CANCELLED);
            assertThat(alarm.escalationDueAt()).isEmpty();
            assertThat(alarm.escalateIfDue(at(Duration.ofHours(1)))).isFalse();
            assertThat(alarm.tier()).isEqualTo(Tier.ENTERPRISE);
            for (AlarmAction action : AlarmAction.values()) {
                var e = refused(() -> alarm.act(action, "root", ADMIN, "x", null, at(Duration.ofHours(1))));
                assertThat(e.kind()).as(action.name()).isEqualTo(TransitionException.Kind.ILLEGAL);
            }
        }

        @Test
        void cancellingNeedsAReason() {
            Alarm alarm = raise();
            var e = catchThrowableOfType(ProblemException.class,
                    () -> alarm.act(AlarmAction.CANCEL, "li", ENTERPRISE, null, null, at(sec(5))));
            assertThat(e.problem().errors()).containsExactly(new FieldError("note", "is required to cancel"));
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
        }

        @Test
        void actingBeforeTheLastEventIsRejected() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(30)));
            assertThatThrownBy(() -> alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, TEAM, at(sec(29))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the alarm's last event");
        }
    }

    @Nested
    class Drills {

        @Test
        void theDrillFlagIsKeptThroughTheWholeLife() {
            Alarm alarm = raise(true);
            assertThat(alarm.drill()).isTrue();
            assertThat(alarm.timeline().get(0).note()).startsWith("Drill.");
            alarm.escalateIfDue(at(min(1)));
            assertThat(alarm.drill()).isTrue();
            alarm.act(AlarmAction.ACKNOWLEDGE, "chen", PARK, null, null, at(min(2)));
            alarm.act(AlarmAction.DISPATCH, "chen", PARK, null, TEAM, at(min(3)));
            alarm.act(AlarmAction.CONTAIN, "chen", PARK, null, null, at(min(10)));
            alarm.act(AlarmAction.CLOSE, "chen", PARK, "Drill done", null, at(min(15)));
            assertThat(alarm.drill()).isTrue();
            Alarm reloaded = Alarm.restore(alarm.snapshot(), TierWindows.DEFAULTS);
            assertThat(reloaded.drill()).isTrue();
            assertThat(reloaded.status()).isEqualTo(AlarmStatus.CLOSED);
        }

        @Test
        void drillsRunOnTheSameClocks() {
            Alarm drill = raise(true);
            drill.escalateIfDue(at(min(30)));
            assertThat(drill.overdue()).isTrue();
            assertThat(drill.tier()).isEqualTo(Tier.NEW_AREA);
        }
    }

    @Nested
    class Resources {

        @Test
        void dispatchRecordsResourcesWithTierAndTime() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(5)));
            var sent = List.of(new Resource(ResourceKind.TEAM, "Plant fire team", 6),
                    new Resource(ResourceKind.MATERIAL, "Sand bags", 40));
            alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, "Team on site", sent, at(sec(40)));
            alarm.act(AlarmAction.ESCALATE, "li", ENTERPRISE, "Need foam", null, at(min(2)));
            alarm.act(AlarmAction.ACKNOWLEDGE, "chen", PARK, null, null, at(min(3)));
            alarm.act(AlarmAction.DISPATCH, "chen", PARK, null,
                    List.of(new Resource(ResourceKind.VEHICLE, "Foam tender", 2)), at(min(4)));
            assertThat(alarm.resources())
                    .extracting(DispatchedResource::tier, DispatchedResource::at, r -> r.resource().name(),
                            r -> r.resource().quantity())
                    .containsExactly(
                            tuple(Tier.ENTERPRISE, at(sec(40)), "Plant fire team", 6),
                            tuple(Tier.ENTERPRISE, at(sec(40)), "Sand bags", 40),
                            tuple(Tier.PARK, at(min(4)), "Foam tender", 2));
        }

        @Test
        void dispatchNeedsAtLeastOneResource() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(5)));
            var e = catchThrowableOfType(ProblemException.class,
                    () -> alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, List.of(), at(sec(6))));
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("resources");
            assertThat(alarm.status()).isEqualTo(AlarmStatus.ACKNOWLEDGED);
            assertThat(alarm.responders()).hasSize(1);
        }

        @Test
        void resourcesOnlyComeWithADispatch() {
            Alarm alarm = raise();
            var e = catchThrowableOfType(ProblemException.class,
                    () -> alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, TEAM, at(sec(5))));
            assertThat(e.problem().errors())
                    .containsExactly(new FieldError("resources", "can only be given with DISPATCH"));
            assertThat(alarm.status()).isEqualTo(AlarmStatus.RAISED);
        }

        @Test
        void aNullResourceIsAFieldErrorNotACrash() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(5)));
            var sent = new java.util.ArrayList<Resource>(TEAM);
            sent.add(null);
            var e = catchThrowableOfType(ProblemException.class,
                    () -> alarm.act(AlarmAction.DISPATCH, "li", ENTERPRISE, null, sent, at(sec(6))));
            assertThat(e.problem().errors()).containsExactly(new FieldError("resources", "must not contain null"));
            assertThat(alarm.resources()).isEmpty();
        }

        @Test
        void aTooLongNoteIsRefused() {
            Alarm alarm = raise();
            var e = catchThrowableOfType(ProblemException.class,
                    () -> alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, "n".repeat(501), null, at(sec(5))));
            assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("note");
        }
    }

    @Nested
    class Timeline {

        @Test
        void recordsEveryStepInOrderWithTierActorAndNote() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, "Seen", null, at(sec(20)));
            alarm.escalateIfDue(at(min(1)));
            alarm.act(AlarmAction.ACKNOWLEDGE, "chen", PARK, null, null, at(min(2)));
            alarm.act(AlarmAction.DISPATCH, "chen", PARK, "Two teams", TEAM, at(min(4)));
            alarm.escalateIfDue(at(min(30)));
            alarm.act(AlarmAction.CONTAIN, "chen", PARK, "Valve closed", null, at(min(31)));
            alarm.act(AlarmAction.CLOSE, "root", ADMIN, null, null, at(min(50)));

            assertThat(alarm.timeline())
                    .extracting(TimelineEntry::at, TimelineEntry::tier, TimelineEntry::actor, TimelineEntry::kind,
                            TimelineEntry::note)
                    .containsExactly(
                            tuple(T0, Tier.ENTERPRISE, "zhang", EventKind.RAISED, "Chlorine valve leaking"),
                            tuple(at(sec(20)), Tier.ENTERPRISE, "li", EventKind.ACKNOWLEDGED, "Seen"),
                            tuple(at(min(1)), Tier.ENTERPRISE, Alarm.SYSTEM, EventKind.ESCALATED_ON_TIMEOUT,
                                    "The ENTERPRISE window of PT1M ended without a dispatch; escalated to PARK."),
                            tuple(at(min(2)), Tier.PARK, "chen", EventKind.ACKNOWLEDGED, null),
                            tuple(at(min(4)), Tier.PARK, "chen", EventKind.DISPATCHED, "Two teams"),
                            tuple(at(min(31)), Tier.PARK, "chen", EventKind.CONTAINED, "Valve closed"),
                            tuple(at(min(50)), Tier.PARK, "root", EventKind.CLOSED, null));
            assertThat(alarm.timeline()).extracting(TimelineEntry::at).isSorted();
        }

        @Test
        void respondersArePerTier() {
            Alarm alarm = raise();
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(20)));
            alarm.escalateIfDue(at(min(1)));
            alarm.act(AlarmAction.ACKNOWLEDGE, "chen", PARK, null, null, at(min(2)));
            alarm.act(AlarmAction.DISPATCH, "liu", PARK, null, TEAM, at(min(3)));
            assertThat(alarm.respondersAt(Tier.ENTERPRISE))
                    .containsExactly(new Responder(Tier.ENTERPRISE, "li", AlarmAction.ACKNOWLEDGE, at(sec(20))));
            assertThat(alarm.respondersAt(Tier.PARK)).extracting(Responder::actor, Responder::action)
                    .containsExactly(tuple("chen", AlarmAction.ACKNOWLEDGE), tuple("liu", AlarmAction.DISPATCH));
            assertThat(alarm.respondersAt(Tier.NEW_AREA)).isEmpty();
        }

        @Test
        void viewsAreReadOnly() {
            Alarm alarm = raise();
            assertThatThrownBy(() -> alarm.timeline().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> alarm.resources().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Snapshots {

        @Test
        void restoreGivesBackTheSameAlarm() {
            Alarm alarm = raise(true);
            alarm.act(AlarmAction.ACKNOWLEDGE, "li", ENTERPRISE, null, null, at(sec(20)));
            alarm.escalateIfDue(at(min(2)));
            var snapshot = alarm.snapshot();
            Alarm reloaded = Alarm.restore(snapshot, TierWindows.DEFAULTS);
            assertThat(reloaded.snapshot()).isEqualTo(snapshot);
            assertThat(reloaded.deadline()).isEqualTo(at(min(6)));
            assertThat(reloaded.allowedActions(PARK)).isEqualTo(alarm.allowedActions(PARK));
        }
    }
}
