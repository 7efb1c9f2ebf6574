package org.chrysalis.deliberation.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The capability's configured rules: defaults for each village (co-signer threshold, collection
 * window, meeting and vote quorum, notice period) and which matters need two thirds.
 */
public record DecisionPolicy(VillageRules defaults, Set<Matter> twoThirdsMatters) {

    public static final VillageRules BUILT_IN = new VillageRules(10, 30, 50, 50, 7);
    public static final Set<Matter> LAND_MATTERS = EnumSet.of(Matter.LAND_REQUISITION, Matter.DEMOLITION);

    public DecisionRule ruleFor(Matter matter) {
        return twoThirdsMatters.contains(matter) ? DecisionRule.TWO_THIRDS : DecisionRule.SIMPLE_MAJORITY;
    }

    /** From configuration properties; missing keys take the built-in defaults, invalid ones throw. */
    public static DecisionPolicy from(Map<String, Object> properties) {
        VillageRules rules = new VillageRules(
                intOf(properties, "cosign.threshold", BUILT_IN.cosignThreshold()),
                intOf(properties, "collection.days", BUILT_IN.collectionDays()),
                intOf(properties, "meeting.quorumPercent", BUILT_IN.meetingQuorumPercent()),
                intOf(properties, "vote.quorumPercent", BUILT_IN.voteQuorumPercent()),
                intOf(properties, "notice.days", BUILT_IN.noticeDays()));
        rules.validate();
        Object matters = properties.get("twoThirds.matters");
        Set<Matter> twoThirds = matters == null ? LAND_MATTERS : EnumSet.noneOf(Matter.class);
        if (matters != null) {
            Arrays.stream(matters.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(s -> twoThirds.add(Matter.valueOf(s)));
        }
        return new DecisionPolicy(rules, Set.copyOf(twoThirds));
    }

    private static int intOf(Map<String, Object> properties, String key, int fallback) {
        Object value = properties.get(key);
        return value == null ? fallback : Integer.parseInt(value.toString().trim());
    }
}
