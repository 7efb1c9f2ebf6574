package org.chrysalis.deliberation.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.chrysalis.deliberation.domain.ActionRequest;
import org.chrysalis.deliberation.domain.BallotRules;
import org.chrysalis.deliberation.domain.Decision;
import org.chrysalis.deliberation.domain.TopicAction;
import org.chrysalis.deliberation.domain.TopicDraft;
import org.chrysalis.deliberation.domain.TopicLifecycle;
import org.chrysalis.deliberation.domain.TopicStatus;
import org.chrysalis.deliberation.domain.Transition;
import org.chrysalis.deliberation.domain.VillageRules;
import org.chrysalis.deliberation.domain.VoteCounting;
import org.chrysalis.deliberation.domain.VoteOptions;
import org.chrysalis.deliberation.persistence.CosignEntity;
import org.chrysalis.deliberation.persistence.HistoryEntity;
import org.chrysalis.deliberation.persistence.OptionEntity;
import org.chrysalis.deliberation.persistence.TallyEntity;
import org.chrysalis.deliberation.persistence.TopicEntity;
import org.chrysalis.deliberation.persistence.VoterEntity;
import org.chrysalis.deliberation.service.Views.BallotInput;
import org.chrysalis.deliberation.service.Views.BallotReceipt;
import org.chrysalis.deliberation.service.Views.Cosigner;
import org.chrysalis.deliberation.service.Views.HistoryEntry;
import org.chrysalis.deliberation.service.Views.OptionCount;
import org.chrysalis.deliberation.service.Views.OptionView;
import org.chrysalis.deliberation.service.Views.Tally;
import org.chrysalis.deliberation.service.Views.TopicFilter;
import org.chrysalis.deliberation.service.Views.TopicView;
import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.paging.Page;
import org.chrysalis.platform.api.paging.PageRequest;
import org.chrysalis.platform.api.persistence.Conditions;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.Roles;
import org.chrysalis.platform.api.time.PlatformClock;

/**
 * Topics from a villager's draft to the decision: co-signing up to the village's threshold, the
 * committee's adoption or public refusal, the options and the secret vote, its count. The
 * committee is district-wide: a village-committee user acts in every village.
 */
public class TopicService {

    static final String LABELS = "org.chrysalis.deliberation.labels";

    private final JpaTemplate jpa;
    private final RegisterService register;
    private final Journal journal;
    private final PlatformClock clock;
    private final DeliberationSettings settings;

    public TopicService(JpaTemplate jpa, RegisterService register, Journal journal, PlatformClock clock,
                        DeliberationSettings settings) {
        this.jpa = jpa;
        this.register = register;
        this.journal = journal;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- raising and reading

    /** A villager raises a topic in their own village; the committee may raise one in any village. */
    public TopicView raise(TopicDraft draft, Actor actor, Locale locale) {
        if (draft == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        draft.validate();
        register.requireVillage(draft.villageCode());
        Instant now = clock.now();
        TopicEntity saved = jpa.txExpr(TransactionType.Required, em -> {
            if (!isCommittee(actor) && !draft.villageCode().equals(register.villageOf(em, actor.name()))) {
                throw ProblemException.forbidden("Villagers raise topics in the village they are registered in.");
            }
            TopicEntity t = new TopicEntity();
            t.villageCode = draft.villageCode();
            t.title = draft.title().trim();
            t.description = draft.description();
            t.kind = draft.kind();
            t.matter = draft.matter();
            t.status = TopicStatus.DRAFT;
            t.author = actor.name();
            t.createdAt = now;
            t.updatedAt = now;
            em.persist(t);
            em.flush();
            journal.history(em, t.id, now, actor.name(), null, null, TopicStatus.DRAFT, null, null);
            journal.audit(actor.name(), "topic", t.id, "raise", null, Journal.snapshot(t));
            return t;
        });
        journal.publish("RAISED", saved.id, saved.villageCode, actor.name(), null, saved.status);
        return get(saved.id, actor, locale);
    }

    public TopicView get(long id, Actor actor, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, find(em, id, false), actor, locale));
    }

    public Page<TopicView> list(TopicFilter filter, PageRequest page, Actor actor, Locale locale) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Conditions c = new Conditions()
                    .and("t.villageCode = :village", "village", filter.villageCode())
                    .and("t.kind = :kind", "kind", filter.kind())
                    .and("t.matter = :matter", "matter", filter.matter())
                    .and("t.status = :status", "status", filter.status());
            TypedQuery<TopicEntity> select = c.bind(em.createQuery("select t from TopicEntity t" + c.where()
                    + " order by t.createdAt desc, t.id desc", TopicEntity.class));
            long total = c.bind(em.createQuery("select count(t) from TopicEntity t" + c.where(), Long.class))
                    .getSingleResult();
            List<TopicView> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(t -> view(em, t, actor, locale)).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    public List<HistoryEntry> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, id, false);
            return em.createQuery("select h from HistoryEntity h where h.topicId = :id order by h.id", HistoryEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(h -> new HistoryEntry(h.at, h.actor, h.action, h.from, h.to, h.comment, h.detail)).toList();
        });
    }

    // ---- co-signing

    public List<Cosigner> cosigners(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, id, false);
            return em.createQuery("select c from CosignEntity c where c.topicId = :id order by c.signedAt, c.userName",
                    CosignEntity.class).setParameter("id", id).getResultList().stream()
                    .map(c -> new Cosigner(c.userName, c.signedAt)).toList();
        });
    }

    /** Adds the villager's signature; the one that reaches the village's threshold puts the topic on the agenda. */
    public TopicView cosign(long id, Actor actor, Locale locale) {
        Instant now = clock.now();
        TopicStatus[] from = new TopicStatus[1];
        TopicEntity t = jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity topic = find(em, id, true);
            from[0] = topic.status;
            boolean signed = em.find(CosignEntity.class, new CosignEntity.Key(id, actor.name())) != null;
            BallotRules.checkMayCosign(topic.status, actor.name(), topic.author, register.villageOf(em, actor.name()),
                    topic.villageCode, signed);
            CosignEntity c = new CosignEntity();
            c.topicId = id;
            c.userName = actor.name();
            c.signedAt = now;
            em.persist(c);
            topic.cosigners++;
            topic.updatedAt = now;
            journal.audit(actor.name(), "topic", id, "cosign", null, Map.of("cosigners", topic.cosigners));
            VillageRules rules = register.rules(em, topic.villageCode);
            if (rules.reachesAgenda(topic.cosigners)) {
                Transition move = TopicLifecycle.system(topic.status, TopicAction.REACH_THRESHOLD).orElseThrow();
                topic.agendaAt = now;
                journal.move(em, topic, move, actor.name(), now, null,
                        topic.cosigners + " co-signers reached the threshold of " + rules.cosignThreshold());
            }
            return topic;
        });
        if (t.status != from[0]) {
            journal.publish(TopicAction.REACH_THRESHOLD.name(), id, t.villageCode, actor.name(), from[0], t.status);
        }
        return get(id, actor, locale);
    }

    // ---- actions

    public TopicView act(long id, ActionRequest request, Actor actor, Locale locale) {
        if (request == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        request.validate();
        Instant now = clock.now();
        TopicStatus[] from = new TopicStatus[1];
        TopicAction[] done = new TopicAction[1];
        TopicEntity changed = jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity t = find(em, id, true);
            from[0] = t.status;
            Transition move;
            String detail;
            if (request.action() == TopicAction.CLOSE_VOTING) {
                checked(() -> TopicLifecycle.apply(t.status, TopicAction.CLOSE_VOTING, actor.roles()));
                Decision decision = closeVote(em, t, now, actor);
                move = checked(() -> TopicLifecycle.closeVoting(t.status, actor.roles(), decision.decided()));
                detail = describe(decision);
            } else {
                move = checked(() -> TopicLifecycle.apply(t.status, request.action(), actor.roles()));
                detail = applySideEffects(em, t, request, actor, now);
            }
            done[0] = move.action();
            journal.move(em, t, move, actor.name(), now, request.comment(), detail);
            return t;
        });
        journal.publish(done[0].name(), id, changed.villageCode, actor.name(), from[0], changed.status);
        return get(id, actor, locale);
    }

    private static Transition checked(java.util.function.Supplier<Transition> move) {
        try {
            return move.get();
        } catch (TransitionException e) {
            throw e.toProblemException();
        }
    }

    private String applySideEffects(EntityManager em, TopicEntity t, ActionRequest request, Actor actor, Instant now) {
        switch (request.action()) {
            case SUBMIT, WITHDRAW -> {
                if (!actor.name().equals(t.author) && !actor.hasRole(Roles.ADMIN)) {
                    throw ProblemException.forbidden("Only the author " + request.action().name().toLowerCase(Locale.ROOT)
                            + "s a topic.");
                }
                if (request.action() == TopicAction.SUBMIT) {
                    t.submittedAt = now;
                    t.collectUntil = register.rules(em, t.villageCode).collectionEnds(now);
                    return "collecting co-signers until " + t.collectUntil;
                }
                return null;
            }
            case ADOPT -> {
                t.agendaAt = now;
                return "adopted by the village committee";
            }
            case DECLINE -> {
                t.declineReason = request.reason();
                return "declined: " + request.reason();
            }
            case OPEN_VOTING -> {
                return openVoting(em, t, request.votingClosesAt(), now);
            }
            case PUBLISH -> {
                t.publishedAt = now;
                t.noticeEndsAt = register.rules(em, t.villageCode).noticeEnds(now);
                return "public notice until " + t.noticeEndsAt;
            }
            case START_IMPLEMENTATION -> {
                long pending = em.createQuery("select count(o) from ObjectionEntity o where o.topicId = :id"
                        + " and o.status = :pending", Long.class).setParameter("id", t.id)
                        .setParameter("pending", ResolutionService.PENDING).getSingleResult();
                BallotRules.checkMayImplement(now, t.noticeEndsAt, pending);
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- options and voting

    public List<OptionView> options(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, id, false);
            return optionEntities(em, id).stream().map(o -> new OptionView(o.id, o.label)).toList();
        });
    }

    /** Replaces the options while the topic is on the agenda or in deliberation. */
    public List<OptionView> setOptions(long id, VoteOptions input, Actor actor) {
        if (input == null) {
            throw ProblemException.badRequest("The request has no body.");
        }
        input.validate();
        return jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity t = find(em, id, true);
            if (t.status != TopicStatus.ON_AGENDA && t.status != TopicStatus.IN_DELIBERATION) {
                throw ProblemException.conflict("Options are set while the topic is on the agenda or in deliberation;"
                        + " it is " + t.status + ".");
            }
            List<OptionEntity> old = optionEntities(em, id);
            List<String> before = old.stream().map(o -> o.label).toList();
            old.forEach(em::remove);
            List<OptionEntity> created = new ArrayList<>();
            for (int i = 0; i < input.options().size(); i++) {
                OptionEntity o = new OptionEntity();
                o.topicId = id;
                o.sortOrder = i;
                o.label = input.options().get(i).trim();
                em.persist(o);
                created.add(o);
            }
            em.flush();
            journal.audit(actor.name(), "topic", id, "options", before, input.options());
            return created.stream().map(o -> new OptionView(o.id, o.label)).toList();
        });
    }

    private String openVoting(EntityManager em, TopicEntity t, Instant closesAt, Instant now) {
        if (!closesAt.isAfter(now)) {
            throw ProblemException.invalid("votingClosesAt", "must be in the future");
        }
        List<OptionEntity> options = optionEntities(em, t.id);
        if (options.size() < 2) {
            throw ProblemException.conflict("A vote needs at least two options; set them first.");
        }
        t.round++;
        t.voteOpensAt = now;
        t.voteClosesAt = closesAt;
        t.rule = settings.policy().ruleFor(t.matter);
        t.outcome = null;
        t.winningOptionId = null;
        t.eligible = null;
        t.votesCast = null;
        for (OptionEntity o : options) {
            TallyEntity tally = new TallyEntity();
            tally.topicId = t.id;
            tally.round = t.round;
            tally.optionId = o.id;
            tally.votes = 0;
            em.persist(tally);
        }
        return "round " + t.round + " until " + closesAt + ", rule " + t.rule;
    }

    /**
     * Counts one secret ballot. The voter is recorded in one table and the choice only as +1 on a
     * counter, in the same transaction, so the database never holds who voted what.
     */
    public BallotReceipt vote(long id, BallotInput input, Actor actor) {
        if (input == null || input.optionId() == null) {
            throw ProblemException.invalid("optionId", "is required");
        }
        Instant now = clock.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            TopicEntity t = find(em, id, true);
            boolean voted = t.round > 0 && em.find(VoterEntity.class, new VoterEntity.Key(id, t.round, actor.name())) != null;
            BallotRules.checkMayVote(t.status, now, t.voteOpensAt == null ? now : t.voteOpensAt,
                    t.voteClosesAt == null ? now : t.voteClosesAt, register.villageOf(em, actor.name()), t.villageCode, voted);
            TallyEntity tally = em.find(TallyEntity.class, new TallyEntity.Key(id, t.round, input.optionId()),
                    LockModeType.PESSIMISTIC_WRITE);
            if (tally == null) {
                throw ProblemException.invalid("optionId", "is not an option of this vote");
            }
            VoterEntity voter = new VoterEntity();
            voter.topicId = id;
            voter.round = t.round;
            voter.userName = actor.name();
            em.persist(voter);
            tally.votes++;
            // the audit says who voted, never for what
            journal.audit(actor.name(), "ballot", id, "vote", null, Map.of("topicId", id, "round", t.round));
            return new BallotReceipt(id, t.round, true);
        });
    }

    public Tally tally(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TopicEntity t = find(em, id, false);
            boolean closed = t.round > 0 && t.status != TopicStatus.VOTING;
            Map<Long, Long> counts = closed ? counts(em, t) : Map.of();
            List<OptionCount> options = optionEntities(em, id).stream()
                    .map(o -> new OptionCount(o.id, o.label, closed ? counts.getOrDefault(o.id, 0L) : null)).toList();
            long cast = closed && t.votesCast != null ? t.votesCast : voters(em, t);
            long eligible = closed && t.eligible != null ? t.eligible : register.villagerCount(em, t.villageCode);
            Double rate = eligible == 0 ? null : Math.round(cast * 10_000.0 / eligible) / 10_000.0;
            return new Tally(id, t.round, t.status, t.rule != null ? t.rule : settings.policy().ruleFor(t.matter), closed,
                    t.voteOpensAt, t.voteClosesAt, eligible, cast, rate, options, t.outcome, t.winningOptionId);
        });
    }

    private Decision closeVote(EntityManager em, TopicEntity t, Instant now, Actor actor) {
        long eligible = register.villagerCount(em, t.villageCode);
        if (actor != Actor.SYSTEM && now.isBefore(t.voteClosesAt) && voters(em, t) < eligible) {
            throw ProblemException.conflict("The vote runs until " + t.voteClosesAt
                    + "; it closes early only when every eligible villager has voted.");
        }
        VillageRules rules = register.rules(em, t.villageCode);
        Decision d = VoteCounting.count(counts(em, t), eligible, rules.voteQuorumPercent(), t.rule);
        t.eligible = d.eligible();
        t.votesCast = d.votesCast();
        t.outcome = d.outcome();
        t.winningOptionId = d.winningOptionId();
        if (d.decided()) {
            t.decidedAt = now;
        }
        return d;
    }

    private static String describe(Decision d) {
        return d.outcome() + ": " + d.votesCast() + " of " + d.eligible() + " voted, rule " + d.rule()
                + (d.decided() ? ", option " + d.winningOptionId() + " adopted" : "");
    }

    private static long voters(EntityManager em, TopicEntity t) {
        return em.createQuery("select count(v) from VoterEntity v where v.topicId = :id and v.round = :round", Long.class)
                .setParameter("id", t.id).setParameter("round", t.round).getSingleResult();
    }

    private static Map<Long, Long> counts(EntityManager em, TopicEntity t) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        em.createQuery("select c from TallyEntity c where c.topicId = :id and c.round = :round order by c.optionId",
                TallyEntity.class).setParameter("id", t.id).setParameter("round", t.round).getResultList()
                .forEach(c -> counts.put(c.optionId, c.votes));
        return counts;
    }

    private static List<OptionEntity> optionEntities(EntityManager em, long topicId) {
        return em.createQuery("select o from OptionEntity o where o.topicId = :id order by o.sortOrder, o.id",
                OptionEntity.class).setParameter("id", topicId).getResultList();
    }

    // ---- the scheduler's work: each topic in its own short transaction

    /** Topics still collecting after their window expire; returns how many. */
    public int expireCollecting() {
        Instant now = clock.now();
        List<Long> due = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t.id from TopicEntity t"
                + " where t.status = :collecting and t.collectUntil < :now", Long.class)
                .setParameter("collecting", TopicStatus.COLLECTING).setParameter("now", now).setMaxResults(500)
                .getResultList());
        int expired = 0;
        for (Long id : due) {
            Optional<TopicEntity> changed = jpa.txExpr(TransactionType.Required, em -> {
                TopicEntity t = em.find(TopicEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (t == null || t.collectUntil == null || !VillageRules.collectionExpired(t.collectUntil, now)) {
                    return Optional.<TopicEntity>empty();
                }
                return TopicLifecycle.system(t.status, TopicAction.EXPIRE).map(move -> {
                    journal.move(em, t, move, Actor.SYSTEM.name(), now, null,
                            t.cosigners + " co-signers by " + t.collectUntil);
                    return t;
                });
            });
            if (changed.isPresent()) {
                expired++;
                journal.publish(TopicAction.EXPIRE.name(), id, changed.get().villageCode, Actor.SYSTEM.name(),
                        TopicStatus.COLLECTING, TopicStatus.EXPIRED);
            }
        }
        return expired;
    }

    /** Votes whose window has passed are closed and counted; returns how many. */
    public int closeDueVotes() {
        Instant now = clock.now();
        List<Long> due = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t.id from TopicEntity t"
                + " where t.status = :voting and t.voteClosesAt <= :now", Long.class)
                .setParameter("voting", TopicStatus.VOTING).setParameter("now", now).setMaxResults(500).getResultList());
        int closed = 0;
        for (Long id : due) {
            try {
                act(id, new ActionRequest(TopicAction.CLOSE_VOTING, null, null, null), Actor.SYSTEM, Locales.DEFAULT);
                closed++;
            } catch (ProblemException e) {
                // closed by the committee meanwhile
            }
        }
        return closed;
    }

    // ---- helpers

    static boolean isCommittee(Actor actor) {
        return actor.hasAnyRole(List.of(Roles.VILLAGE_COMMITTEE, Roles.ADMIN));
    }

    static TopicEntity find(EntityManager em, long id, boolean lock) {
        TopicEntity t = lock ? em.find(TopicEntity.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(TopicEntity.class, id);
        if (t == null) {
            throw ProblemException.notFound("Topic", String.valueOf(id));
        }
        return t;
    }

    private TopicView view(EntityManager em, TopicEntity t, Actor actor, Locale locale) {
        ClassLoader loader = TopicService.class.getClassLoader();
        int threshold = register.rules(em, t.villageCode).cosignThreshold();
        return new TopicView(t.id, t.villageCode, t.title, t.description, t.kind,
                Locales.label(LABELS, loader, locale, "kind." + t.kind), t.matter,
                Locales.label(LABELS, loader, locale, "matter." + t.matter), t.status,
                Locales.label(LABELS, loader, locale, "status." + t.status), t.author, t.createdAt, t.submittedAt,
                t.collectUntil, t.cosigners, threshold, t.agendaAt, t.declineReason, t.round, t.voteOpensAt,
                t.voteClosesAt, t.rule, t.outcome, t.winningOptionId, t.decidedAt, t.publishedAt, t.noticeEndsAt,
                t.progressPercent, t.completedAt, TopicLifecycle.allowed(t.status, actor.roles()));
    }
}
