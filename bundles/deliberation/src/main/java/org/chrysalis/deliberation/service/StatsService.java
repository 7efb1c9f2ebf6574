package org.chrysalis.deliberation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.deliberation.domain.DeliberationStats;
import org.chrysalis.deliberation.domain.TopicFacts;
import org.chrysalis.deliberation.domain.TopicKind;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.service.Views.StatsView;
import org.chrysalis.deliberation.service.Views.VillageStats;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * Per village and kind over a calendar year (Asia/Shanghai): topics raised that year and what
 * became of them, meetings closed that year. Meetings are counted per village, not per kind.
 */
public class StatsService {

    private final JpaTemplate jpa;
    private final MeetingService meetings;
    private final PlatformClock clock;

    public StatsService(JpaTemplate jpa, MeetingService meetings, PlatformClock clock) {
        this.jpa = jpa;
        this.meetings = meetings;
        this.clock = clock;
    }

    public StatsView stats(String villageCode, TopicKind kind, Integer year) {
        int y = year != null ? year : clock.now().atZone(PlatformClock.DISPLAY_ZONE).getYear();
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(PlatformClock.DISPLAY_ZONE).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(PlatformClock.DISPLAY_ZONE).toInstant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions c = new Conditions().and("t.villageCode = :village", "village", villageCode)
                    .and("t.kind = :kind", "kind", kind)
                    .always("t.createdAt >= :from and t.createdAt < :to", Map.of("from", from, "to", to));
            Map<String, List<TopicFacts>> byVillage = new TreeMap<>();
            for (Object[] r : c.bind(em.createQuery("select t.villageCode, t.kind, t.status, t.agendaAt, t.decidedAt,"
                    + " t.votesCast, t.eligible from TopicEntity t" + c.where(), Object[].class)).getResultList()) {
                byVillage.computeIfAbsent((String) r[0], v -> new ArrayList<>()).add(new TopicFacts((TopicKind) r[1],
                        (TopicStatus) r[2], r[3] != null, r[4] != null, r[5] == null ? 0 : (Long) r[5],
                        r[6] == null ? 0 : (Long) r[6]));
            }
            List<VillageStats> villages = new ArrayList<>();
            List<TopicFacts> all = new ArrayList<>();
            for (var entry : byVillage.entrySet()) {
                Map<TopicKind, DeliberationStats> byKind = new EnumMap<>(TopicKind.class);
                for (TopicKind k : TopicKind.values()) {
                    List<TopicFacts> ofKind = entry.getValue().stream().filter(f -> f.kind() == k).toList();
                    if (!ofKind.isEmpty()) {
                        byKind.put(k, DeliberationStats.of(ofKind, 0));
                    }
                }
                long held = meetings.held(em, entry.getKey(), from, to);
                villages.add(new VillageStats(entry.getKey(), DeliberationStats.of(entry.getValue(), held), byKind));
                all.addAll(entry.getValue());
            }
            return new StatsView(y, villageCode, kind, DeliberationStats.of(all, meetings.held(em, villageCode, from, to)),
                    villages);
        });
    }
}
