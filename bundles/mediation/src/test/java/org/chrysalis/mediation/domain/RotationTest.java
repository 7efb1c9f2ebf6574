package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chrysalis.mediation.domain.SkipReason.AT_CAPACITY;
import static org.chrysalis.mediation.domain.SkipReason.CONFLICT_DECLARED_LINK;
import static org.chrysalis.mediation.domain.SkipReason.CONFLICT_RECENT_CASE;
import static org.chrysalis.mediation.domain.SkipReason.EXCLUDED;
import static org.chrysalis.mediation.domain.SkipReason.NO_SPECIALTY;
import static org.chrysalis.mediation.domain.SkipReason.SUSPENDED;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final String SHOP = MerchantKey.of("91110000600037341L", "Happy Mart");
    private static final CaseToAssign FOOD_CASE = new CaseToAssign(DisputeCategory.FOOD, SHOP, Set.of());
    private static final Map<String, Set<String>> RULE_OFF = Map.of();

    /** Active, takes every category, has room, declared nothing. */
    private static MediatorState mediator(String id) {
        return new MediatorState(id, "org-1", true, EnumSet.allOf(DisputeCategory.class), 0, 10, Set.of());
    }

    private static List<MediatorState> rota(String... ids) {
        return java.util.Arrays.stream(ids).map(RotationTest::mediator).toList();
    }

    private static Optional<String> chosen(String id) {
        return Optional.of(id);
    }

    @Nested
    class WalkingTheRota {

        @Test
        void withoutAPreviousAssignmentTheFirstOnTheRotaGetsTheCase() {
            var decision = Rotation.assign(rota("a", "b", "c"), null, FOOD_CASE, RULE_OFF);
            assertThat(decision).isEqualTo(new RotationDecision(chosen("a"), List.of()));
            assertThat(decision.isAssigned()).isTrue();
        }

        @Test
        void theTurnPassesToTheOneAfterTheLastAssigned() {
            assertThat(Rotation.assign(rota("a", "b", "c"), "a", FOOD_CASE, RULE_OFF).mediatorId()).isEqualTo(chosen("b"));
            assertThat(Rotation.assign(rota("a", "b", "c"), "b", FOOD_CASE, RULE_OFF).mediatorId()).isEqualTo(chosen("c"));
        }

        @Test
        void afterTheLastOnTheRotaTheTurnWrapsToTheFirst() {
            assertThat(Rotation.assign(rota("a", "b", "c"), "c", FOOD_CASE, RULE_OFF).mediatorId()).isEqualTo(chosen("a"));
        }

        @Test
        void skipsWrapAroundTooAndAreListedInWalkOrder() {
            var mediators = List.of(mediator("a").withOpenCases(10), mediator("b"), mediator("c").withOpenCases(10));
            var decision = Rotation.assign(mediators, "b", FOOD_CASE, RULE_OFF);
            assertThat(decision).isEqualTo(new RotationDecision(chosen("b"),
                    List.of(new Skip("c", AT_CAPACITY), new Skip("a", AT_CAPACITY))));
        }

        @Test
        void aLastAssignedWhoIsNoLongerOnDutyRestartsAtTheBeginning() {
            assertThat(Rotation.assign(rota("a", "b", "c"), "gone", FOOD_CASE, RULE_OFF).mediatorId())
                    .isEqualTo(chosen("a"));
        }

        @Test
        void theLastAssignedGetsTheCaseAgainWhenNobodyElseCan() {
            var mediators = List.of(mediator("a"), mediator("b").withOpenCases(10));
            assertThat(Rotation.assign(mediators, "a", FOOD_CASE, RULE_OFF))
                    .isEqualTo(new RotationDecision(chosen("a"), List.of(new Skip("b", AT_CAPACITY))));
        }

        @Test
        void aSingleMediatorGetsEveryCase() {
            assertThat(Rotation.assign(rota("solo"), "solo", FOOD_CASE, RULE_OFF).mediatorId()).isEqualTo(chosen("solo"));
        }
    }

    @Nested
    class SkipReasons {

        /** The mediator "x" comes first on the rota and fails one rule; "ok" takes the case instead. */
        private void assertSkipped(MediatorState x, CaseToAssign c, Map<String, Set<String>> recent,
                                   SkipReason reason) {
            var decision = Rotation.assign(List.of(x, mediator("ok")), null, c, recent);
            assertThat(decision).isEqualTo(new RotationDecision(chosen("ok"), List.of(new Skip("x", reason))));
        }

        @Test
        void excludedBecauseTheyHadTheCaseBefore() {
            var reassigned = new CaseToAssign(DisputeCategory.FOOD, SHOP, Set.of("x"));
            assertSkipped(mediator("x"), reassigned, RULE_OFF, EXCLUDED);
        }

        @Test
        void suspendedWhenNotActive() {
            var x = new MediatorState("x", "org-1", false, EnumSet.allOf(DisputeCategory.class), 0, 10, Set.of());
            assertSkipped(x, FOOD_CASE, RULE_OFF, SUSPENDED);
        }

        @Test
        void noSpecialtyForTheCategory() {
            var x = new MediatorState("x", "org-1", true, Set.of(DisputeCategory.TRAVEL), 0, 10, Set.of());
            assertSkipped(x, FOOD_CASE, RULE_OFF, NO_SPECIALTY);
        }

        @Test
        void noSpecialtyAtAllTakesNothing() {
            var x = new MediatorState("x", "org-1", true, Set.of(), 0, 10, Set.of());
            assertSkipped(x, FOOD_CASE, RULE_OFF, NO_SPECIALTY);
        }

        @Test
        void atCapacityFromTheLimitOn() {
            assertSkipped(mediator("x").withOpenCases(10), FOOD_CASE, RULE_OFF, AT_CAPACITY);
            assertSkipped(mediator("x").withOpenCases(11), FOOD_CASE, RULE_OFF, AT_CAPACITY);
            var oneBelow = Rotation.assign(List.of(mediator("x").withOpenCases(9)), null, FOOD_CASE, RULE_OFF);
            assertThat(oneBelow.mediatorId()).isEqualTo(chosen("x"));
        }

        @Test
        void aCapacityOfZeroTakesNoCase() {
            var x = new MediatorState("x", "org-1", true, EnumSet.allOf(DisputeCategory.class), 0, 0, Set.of());
            assertSkipped(x, FOOD_CASE, RULE_OFF, AT_CAPACITY);
        }

        @Test
        void declaredLinkWithTheMerchant() {
            var x = new MediatorState("x", "org-1", true, EnumSet.allOf(DisputeCategory.class), 0, 10, Set.of(SHOP));
            assertSkipped(x, FOOD_CASE, RULE_OFF, CONFLICT_DECLARED_LINK);
        }

        @Test
        void recentCaseAgainstTheSameMerchant() {
            assertSkipped(mediator("x"), FOOD_CASE, Map.of("x", Set.of("othershop", SHOP)), CONFLICT_RECENT_CASE);
        }

        @Test
        void recentCasesAgainstOtherMerchantsDoNotCount() {
            var decision = Rotation.assign(rota("x", "ok"), null, FOOD_CASE, Map.of("x", Set.of("othershop")));
            assertThat(decision).isEqualTo(new RotationDecision(chosen("x"), List.of()));
        }

        @Test
        void aNullRecentMapMeansTheRuleIsOff() {
            assertThat(Rotation.assign(rota("x"), null, FOOD_CASE, null).mediatorId()).isEqualTo(chosen("x"));
        }

        @Test
        void onlyTheFirstFailingRuleIsReportedInTheSpecifiedOrder() {
            var failsAll = new MediatorState("x", "org-1", false, Set.of(DisputeCategory.TRAVEL), 10, 10, Set.of(SHOP));
            var recent = Map.of("x", Set.of(SHOP));
            var excluded = new CaseToAssign(DisputeCategory.FOOD, SHOP, Set.of("x"));
            assertSkipped(failsAll, excluded, recent, EXCLUDED);
            assertSkipped(failsAll, FOOD_CASE, recent, SUSPENDED);
            var active = new MediatorState("x", "org-1", true, Set.of(DisputeCategory.TRAVEL), 10, 10, Set.of(SHOP));
            assertSkipped(active, FOOD_CASE, recent, NO_SPECIALTY);
            var competent = new MediatorState("x", "org-1", true, Set.of(DisputeCategory.FOOD), 10, 10, Set.of(SHOP));
            assertSkipped(competent, FOOD_CASE, recent, AT_CAPACITY);
            var withRoom = competent.withOpenCases(0);
            assertSkipped(withRoom, FOOD_CASE, recent, CONFLICT_DECLARED_LINK);
            var undeclared = new MediatorState("x", "org-1", true, Set.of(DisputeCategory.FOOD), 0, 10, Set.of());
            assertSkipped(undeclared, FOOD_CASE, recent, CONFLICT_RECENT_CASE);
        }

        @Test
        void ineligibilityAnswersForOneMediator() {
            assertThat(Rotation.ineligibility(mediator("x"), FOOD_CASE, null)).isEmpty();
            assertThat(Rotation.ineligibility(mediator("x"), FOOD_CASE, Set.of(SHOP))).contains(CONFLICT_RECENT_CASE);
        }
    }

    @Nested
    class Reassignment {

        @Test
        void theMediatorsWhoHadTheCaseAreSkippedEvenWhenItIsTheirTurn() {
            var reassigned = new CaseToAssign(DisputeCategory.FOOD, SHOP, Set.of("b", "c"));
            var decision = Rotation.assign(rota("a", "b", "c", "d"), "a", reassigned, RULE_OFF);
            assertThat(decision).isEqualTo(new RotationDecision(chosen("d"),
                    List.of(new Skip("b", EXCLUDED), new Skip("c", EXCLUDED))));
        }

        @Test
        void whenOnlyTheFormerMediatorIsLeftNobodyIsAssigned() {
            var reassigned = new CaseToAssign(DisputeCategory.FOOD, SHOP, Set.of("a"));
            var decision = Rotation.assign(rota("a"), null, reassigned, RULE_OFF);
            assertThat(decision).isEqualTo(new RotationDecision(Optional.empty(), List.of(new Skip("a", EXCLUDED))));
        }
    }

    @Nested
    class NobodyEligible {

        @Test
        void everyMediatorIsSkippedOnceInWalkOrder() {
            var mediators = List.of(
                    new MediatorState("a", "org-1", false, EnumSet.allOf(DisputeCategory.class), 0, 10, Set.of()),
                    new MediatorState("b", "org-1", true, Set.of(DisputeCategory.TRAVEL), 0, 10, Set.of()),
                    mediator("c").withOpenCases(10),
                    new MediatorState("d", "org-2", true, EnumSet.allOf(DisputeCategory.class), 0, 10, Set.of(SHOP)),
                    mediator("e"));
            var decision = Rotation.assign(mediators, "b", FOOD_CASE, Map.of("e", Set.of(SHOP)));
            assertThat(decision.isAssigned()).isFalse();
            assertThat(decision.skipped()).containsExactly(
                    new Skip("c", AT_CAPACITY),
                    new Skip("d", CONFLICT_DECLARED_LINK),
                    new Skip("e", CONFLICT_RECENT_CASE),
                    new Skip("a", SUSPENDED),
                    new Skip("b", NO_SPECIALTY));
        }

        @Test
        void anEmptyRotaAssignsNobodyAndSkipsNobody() {
            assertThat(Rotation.assign(List.of(), "a", FOOD_CASE, RULE_OFF))
                    .isEqualTo(new RotationDecision(Optional.empty(), List.of()));
        }
    }

    @Nested
    class Fairness {

        @Test
        void equalMediatorsWhoseCasesStayOpenGetWithinOneOfEachOther() {
            var mediators = new ArrayList<MediatorState>();
            for (int i = 0; i < 7; i++) {
                mediators.add(new MediatorState("m" + i, "org-1", true, EnumSet.allOf(DisputeCategory.class), 0,
                        Integer.MAX_VALUE, Set.of()));
            }
            var counts = new HashMap<String, Integer>();
            String last = null;
            for (int n = 0; n < 1_000; n++) {
                var c = new CaseToAssign(DisputeCategory.values()[n % DisputeCategory.values().length],
                        "merchant" + n, Set.of());
                var decision = Rotation.assign(mediators, last, c, RULE_OFF);
                last = decision.mediatorId().orElseThrow();
                assertThat(decision.skipped()).isEmpty();
                counts.merge(last, 1, Integer::sum);
                int index = indexOf(mediators, last);
                mediators.set(index, mediators.get(index).withOpenCases(mediators.get(index).openCases() + 1));
            }
            // 1000 = 7 * 142 + 6
            assertThat(counts).hasSize(7);
            assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(142, 143));
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
        }

        @Test
        void equalMediatorsWhoseCasesCloseGetWithinOneOfEachOtherAndNeverHitTheirLimit() {
            var mediators = new ArrayList<MediatorState>();
            for (int i = 0; i < 5; i++) {
                mediators.add(new MediatorState("m" + i, "org-1", true, EnumSet.allOf(DisputeCategory.class), 0, 4,
                        Set.of()));
            }
            var counts = new HashMap<String, Integer>();
            var openCases = new ArrayDeque<String>();
            String last = null;
            for (int n = 0; n < 1_200; n++) {
                var decision = Rotation.assign(mediators, last, FOOD_CASE, RULE_OFF);
                last = decision.mediatorId().orElseThrow();
                assertThat(decision.skipped()).isEmpty();
                counts.merge(last, 1, Integer::sum);
                openCases.add(last);
                adjustOpenCases(mediators, last, +1);
                // the office closes the oldest case whenever 15 are open, so 3 per mediator at most
                if (openCases.size() == 15) {
                    adjustOpenCases(mediators, openCases.poll(), -1);
                }
                assertMaxSpread(counts, mediators.size());
            }
            assertThat(counts.values()).containsOnly(240);
        }

        @Test
        void whoeverIsSkippedTheOthersStillShareEvenly() {
            var mediators = new ArrayList<>(rota("a", "b", "c", "d"));
            mediators.set(1, new MediatorState("b", "org-1", false, EnumSet.allOf(DisputeCategory.class), 0, 10,
                    Set.of()));
            var counts = new HashMap<String, Integer>();
            String last = null;
            for (int n = 0; n < 1_000; n++) {
                var decision = Rotation.assign(mediators, last, FOOD_CASE, RULE_OFF);
                last = decision.mediatorId().orElseThrow();
                counts.merge(last, 1, Integer::sum);
            }
            assertThat(counts).doesNotContainKey("b");
            assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(333, 334));
        }

        private void adjustOpenCases(List<MediatorState> mediators, String id, int delta) {
            int index = indexOf(mediators, id);
            mediators.set(index, mediators.get(index).withOpenCases(mediators.get(index).openCases() + delta));
        }

        private void assertMaxSpread(Map<String, Integer> counts, int mediatorCount) {
            var values = IntStream.range(0, mediatorCount).map(i -> counts.getOrDefault("m" + i, 0)).toArray();
            int max = IntStream.of(values).max().orElseThrow();
            int min = IntStream.of(values).min().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
        }

        private int indexOf(List<MediatorState> mediators, String id) {
            for (int i = 0; i < mediators.size(); i++) {
                if (mediators.get(i).id().equals(id)) {
                    return i;
                }
            }
            throw new AssertionError(id);
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameInputGivesTheSameDecisionWhateverTheSetOrder() {
            var mediators = List.of(
                    new MediatorState("a", "org-1", true, EnumSet.of(DisputeCategory.FOOD), 3, 3, Set.of()),
                    new MediatorState("b", "org-1", true, EnumSet.allOf(DisputeCategory.class), 0, 10,
                            new LinkedHashSet<>(List.of("x", SHOP, "y"))),
                    mediator("c"),
                    mediator("d"));
            var recent = new HashMap<String, Set<String>>();
            recent.put("c", new HashSet<>(List.of(SHOP, "z")));
            var first = Rotation.assign(mediators, "d", FOOD_CASE, recent);

            var reordered = List.of(
                    mediators.get(0),
                    new MediatorState("b", "org-1", true, EnumSet.allOf(DisputeCategory.class), 0, 10,
                            new LinkedHashSet<>(List.of("y", SHOP, "x"))),
                    mediators.get(2),
                    mediators.get(3));
            for (int i = 0; i < 100; i++) {
                assertThat(Rotation.assign(reordered, "d", FOOD_CASE, Map.of("c", Set.of("z", SHOP))))
                        .isEqualTo(first);
            }
            assertThat(first).isEqualTo(new RotationDecision(chosen("d"), List.of(
                    new Skip("a", AT_CAPACITY), new Skip("b", CONFLICT_DECLARED_LINK),
                    new Skip("c", CONFLICT_RECENT_CASE))));
        }
    }

    @Nested
    class Inputs {

        @Test
        void aMediatorListedTwiceIsRejected() {
            assertThatThrownBy(() -> Rotation.assign(rota("a", "b", "a"), null, FOOD_CASE, RULE_OFF))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a");
        }

        @Test
        void mediatorStateChecksItsNumbersAndCopiesItsSets() {
            assertThatThrownBy(() -> new MediatorState(" ", "o", true, Set.of(), 0, 1, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MediatorState("a", "o", true, Set.of(), -1, 1, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MediatorState("a", "o", true, Set.of(), 0, -1, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            var links = new HashSet<>(Set.of("shop"));
            var state = new MediatorState("a", "o", true, null, 0, 1, links);
            links.add("another");
            assertThat(state.declaredMerchantLinks()).containsExactly("shop");
            assertThat(state.specialties()).isEmpty();
        }

        @Test
        void caseToAssignNeedsACategoryAndAMerchantKey() {
            assertThatThrownBy(() -> new CaseToAssign(null, SHOP, Set.of())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new CaseToAssign(DisputeCategory.FOOD, " ", Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new CaseToAssign(DisputeCategory.FOOD, SHOP, null).excludedMediators()).isEmpty();
        }
    }
}
