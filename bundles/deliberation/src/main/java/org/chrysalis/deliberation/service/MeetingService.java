package org.chrysalis.deliberation.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.deliberation.domain.MeetingPlan;
import org.chrysalis.deliberation.domain.MeetingPlan.Participant;
import org.chrysalis.deliberation.domain.Minutes;
import org.chrysalis.deliberation.domain.Quorum;
import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicLifecycle;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.persistence.MeetingEntity;
import org.chrysalis.deliberation.persistence.TopicEntity;
import org.chrysalis.deliberation.service.Views.AttendanceInput;
import org.chrysalis.deliberation.service.Views.MeetingView;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.persistence.JsonText;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * Meetings of a village on its agenda topics: invited representatives and stakeholders,
 * attendance, quorum (a share of the invited representatives), and the minutes that close the
 * meeting. Minutes of a quorate meeting move its topics from the agenda into deliberation.
 */
public class MeetingService {

    static final String SCHEDULED = "SCHEDULED";
    static final String CLOSED = "CLOSED";

    private final JpaTemplate jpa;
    private final RegisterService register;
    private final Journal journal;
    private final PlatformClock clock;

    public MeetingService(JpaTemplate jpa, RegisterService register, Journal journal, PlatformClock clock) {
        this.jpa = jpa;
        this.register = register;
        this.journal = journal;
        this.clock = clock;
    }

    public MeetingView schedule(MeetingPlan plan, Actor actor) {
        if (plan == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        plan.validate();
        register.requireVillage(plan.villageCode());
        MeetingEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            for (Long topicId : new HashSet<>(plan.topicIds())) {
                TopicEntity t = topicId == null ? null : em.find(TopicEntity.class, topicId);
                if (t == null || !t.villageCode.equals(plan.villageCode())) {
                    throw ProblemException.invalid("topicIds", "topic " + topicId + " is not a topic of " + plan.villageCode());
                }
                if (t.status != TopicStatus.ON_AGENDA && t.status != TopicStatus.IN_DELIBERATION) {
                    throw ProblemException.conflict("Topic " + topicId + " is " + t.status
                            + "; meetings discuss topics on the agenda or in deliberation.");
                }
            }
            MeetingEntity m = new MeetingEntity();
            m.villageCode = plan.villageCode();
            m.topicIds = plan.topicIds().stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
            m.scheduledAt = plan.scheduledAt();
            m.place = plan.place();
            m.online = Boolean.TRUE.equals(plan.online());
            m.participants = JsonText.write(plan.participants());
            m.representatives = (int) plan.representatives();
            m.status = SCHEDULED;
            m.createdBy = actor.name();
            em.persist(m);
            em.flush();
            journal.audit(actor.name(), "meeting", m.id, "schedule", null, Map.of("villageCode", m.villageCode,
                    "topicIds", m.topicIds, "scheduledAt", m.scheduledAt.toString()));
            return m;
        });
        return get(saved.id);
    }

    public MeetingView get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, find(em, id, false)));
    }

    public Page<MeetingView> list(String villageCode, Long topicId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions c = new Conditions().and("m.villageCode = :village", "village", villageCode);
            if (topicId != null) {
                // topic ids are stored as ",1,2,": match whole numbers only
                c.always("concat(concat(',', m.topicIds), ',') like :topic", Map.of("topic", "%," + topicId + ",%"));
            }
            var items = c.bind(em.createQuery("select m from MeetingEntity m" + c.where()
                    + " order by m.scheduledAt desc, m.id desc", MeetingEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(m -> view(em, m)).toList();
            long total = c.bind(em.createQuery("select count(m) from MeetingEntity m" + c.where(), Long.class))
                    .getSingleResult();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    /** Records who of the invited attended (replacing the previous record) and whether that is a quorum. */
    public MeetingView attendance(long id, AttendanceInput input, Actor actor) {
        if (input == null || input.present() == null) {
            throw ProblemException.invalid("present", "is required (a list of invited participants' names)");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity m = find(em, id, true);
            if (!SCHEDULED.equals(m.status)) {
                throw ProblemException.conflict("The meeting is closed; its attendance is final.");
            }
            Map<String, MeetingPlan.Role> invited = participants(m).stream()
                    .collect(Collectors.toMap(Participant::name, Participant::role));
            List<String> present = input.present().stream().distinct().toList();
            List<String> unknown = present.stream().filter(n -> !invited.containsKey(n)).toList();
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid("present", "not invited: " + unknown);
            }
            Map<String, Object> before = Map.of("present", lines(m.present), "quorate", m.quorate);
            m.present = String.join("\n", present);
            m.presentRepresentatives = (int) present.stream().filter(n -> invited.get(n) == MeetingPlan.Role.REPRESENTATIVE)
                    .count();
            m.quorate = Quorum.reached(m.presentRepresentatives, m.representatives, quorumPercent(em, m));
            journal.audit(actor.name(), "meeting", id, "attendance", before,
                    Map.of("present", present, "quorate", m.quorate));
            return view(em, m);
        });
    }

    /**
     * Minutes close the meeting. When it was quorate its agenda topics enter deliberation; a meeting
     * without quorum is minuted too, but its topics stay on the agenda.
     */
    public MeetingView minutes(long id, Minutes minutes, Actor actor) {
        if (minutes == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        minutes.validate();
        Instant now = clock.now();
        List<long[]> moved = new ArrayList<>();
        MeetingView closed = jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity m = find(em, id, true);
            if (!SCHEDULED.equals(m.status)) {
                throw ProblemException.conflict("The meeting already has its minutes.");
            }
            m.status = CLOSED;
            m.minutes = minutes.text();
            m.attendeeCount = minutes.attendeeCount();
            m.contributions = minutes.contributions() == null ? null : JsonText.write(minutes.contributions());
            m.closedAt = now;
            journal.audit(actor.name(), "meeting", id, "minutes", Map.of("status", SCHEDULED),
                    Map.of("status", CLOSED, "quorate", m.quorate, "attendeeCount", m.attendeeCount));
            if (m.quorate) {
                for (long topicId : topicIds(m)) {
                    TopicEntity t = em.find(TopicEntity.class, topicId, LockModeType.PESSIMISTIC_WRITE);
                    if (t != null) {
                        TopicLifecycle.system(t.status, TopicAction.DELIBERATE).ifPresent(move -> {
                            journal.move(em, t, move, actor.name(), now, null, "deliberated at meeting " + id);
                            moved.add(new long[] {topicId});
                        });
                    }
                }
            }
            return view(em, m);
        });
        for (long[] topic : moved) {
            journal.publish(TopicAction.DELIBERATE.name(), topic[0], closed.villageCode(), actor.name(),
                    TopicStatus.ON_AGENDA, TopicStatus.IN_DELIBERATION);
        }
        return closed;
    }

    /** Closed meetings of a village (or every village) in a period, for the statistics. */
    public long held(EntityManager em, String villageCode, Instant from, Instant to) {
        Conditions c = new Conditions().and("m.villageCode = :village", "village", villageCode)
                .always("m.status = :closed and m.closedAt >= :from and m.closedAt < :to",
                        Map.of("closed", CLOSED, "from", from, "to", to));
        return c.bind(em.createQuery("select count(m) from MeetingEntity m" + c.where(), Long.class)).getSingleResult();
    }

    private int quorumPercent(EntityManager em, MeetingEntity m) {
        return register.rules(em, m.villageCode).meetingQuorumPercent();
    }

    private static MeetingEntity find(EntityManager em, long id, boolean lock) {
        MeetingEntity m = lock ? em.find(MeetingEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(MeetingEntity.class, id);
        if (m == null) {
            throw ProblemException.notFound("Meeting", String.valueOf(id));
        }
        return m;
    }

    private static List<Long> topicIds(MeetingEntity m) {
        return Arrays.stream(m.topicIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @SuppressWarnings("unchecked")
    private static List<Participant> participants(MeetingEntity m) {
        List<Participant> result = new ArrayList<>();
        for (Object o : (List<Object>) JsonText.readTree(m.participants)) {
            Map<String, Object> p = (Map<String, Object>) o;
            result.add(new Participant(String.valueOf(p.get("name")), MeetingPlan.Role.valueOf(String.valueOf(p.get("role")))));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Minutes.Contribution> contributions(MeetingEntity m) {
        if (m.contributions == null) {
            return List.of();
        }
        List<Minutes.Contribution> result = new ArrayList<>();
        for (Object o : (List<Object>) JsonText.readTree(m.contributions)) {
            Map<String, Object> c = (Map<String, Object>) o;
            result.add(new Minutes.Contribution(String.valueOf(c.get("speaker")), String.valueOf(c.get("summary"))));
        }
        return result;
    }

    private MeetingView view(EntityManager em, MeetingEntity m) {
        long quorum = Quorum.required(m.representatives, quorumPercent(em, m));
        return new MeetingView(m.id, m.villageCode, topicIds(m), m.scheduledAt, m.place, m.online, participants(m),
                m.representatives, quorum, lines(m.present), m.presentRepresentatives, m.quorate, m.status, m.minutes,
                m.attendeeCount, contributions(m), m.closedAt, m.createdBy);
    }
}
