package org.chrysalis.emergency.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chrysalis.platform.api.lifecycle.TransitionException;
import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.validation.CreditCode;

/**
 * One emergency alarm and its climb through the tiers. Each tier must acknowledge and dispatch
 * before its deadline ({@code tierStartedAt + window}); at the deadline, if it has not dispatched,
 * the alarm escalates to the next tier with a fresh window, and at the last tier it is flagged
 * overdue once. The deadline itself already counts as missed.
 *
 * <p>Not thread-safe: the service loads, changes and saves one alarm per transaction.
 */
public final class Alarm {

    /** The actor of entries the platform writes (timeouts). */
    public static final String SYSTEM = "system";

    private final String id;
    private final String enterpriseName;
    private final String creditCode;
    private final String park;
    private final AlarmKind kind;
    private final String description;
    private final boolean drill;
    private final Instant raisedAt;
    private final String raisedBy;
    private final TierWindows windows;

    private Tier tier;
    private Instant tierStartedAt;
    private Instant deadline;
    private AlarmStatus status;
    private boolean overdue;
    private final List<Responder> responders;
    private final List<DispatchedResource> resources;
    private final List<TimelineEntry> timeline;

    private Alarm(AlarmSnapshot s, TierWindows windows) {
        this.id = s.id();
        this.enterpriseName = s.enterpriseName();
        this.creditCode = s.creditCode();
        this.park = s.park();
        this.kind = s.kind();
        this.description = s.description();
        this.drill = s.drill();
        this.raisedAt = s.raisedAt();
        this.raisedBy = s.raisedBy();
        this.windows = windows;
        this.tier = s.tier();
        this.tierStartedAt = s.tierStartedAt();
        this.deadline = s.deadline();
        this.status = s.status();
        this.overdue = s.overdue();
        this.responders = new ArrayList<>(s.responders());
        this.resources = new ArrayList<>(s.resources());
        this.timeline = new ArrayList<>(s.timeline());
    }

    /**
     * Raises an alarm at tier ENTERPRISE; its first window starts at {@code now}.
     *
     * @throws ProblemException (400) listing every invalid field of {@code request}
     */
    public static Alarm raise(String id, RaiseRequest request, String actor, Instant now, TierWindows windows) {
        requireText(id, "id");
        requireText(actor, "actor");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(windows, "windows");
        List<FieldError> errors = AlarmValidation.validateRaise(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String description = blankToNull(request.description());
        var first = new TimelineEntry(now, Tier.ENTERPRISE, actor, EventKind.RAISED,
                (request.drill() ? "Drill. " : "") + (description == null ? request.kind().name() : description));
        var snapshot = new AlarmSnapshot(id, request.enterpriseName().strip(),
                CreditCode.normalize(request.creditCode()), request.park().strip(), request.kind(), description,
                request.drill(), now, actor, Tier.ENTERPRISE, now, now.plus(windows.of(Tier.ENTERPRISE)),
                AlarmStatus.RAISED, false, List.of(), List.of(), List.of(first));
        return new Alarm(snapshot, windows);
    }

    /** Loads a stored alarm; {@code windows} apply to the tiers it reaches from now on. */
    public static Alarm restore(AlarmSnapshot snapshot, TierWindows windows) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(snapshot.tier(), "tier");
        Objects.requireNonNull(snapshot.status(), "status");
        Objects.requireNonNull(snapshot.tierStartedAt(), "tierStartedAt");
        Objects.requireNonNull(snapshot.deadline(), "deadline");
        return new Alarm(snapshot, windows);
    }

    public AlarmSnapshot snapshot() {
        return new AlarmSnapshot(id, enterpriseName, creditCode, park, kind, description, drill, raisedAt, raisedBy,
                tier, tierStartedAt, deadline, status, overdue, responders, resources, timeline);
    }

    /**
     * A user takes {@code action}. Windows that ended by {@code now} are escalated first, so the
     * answer does not depend on when the scheduler last ran (such a catch-up stays applied even when
     * the action is then refused).
     *
     * @param resources what is sent; required (non-empty) for DISPATCH, refused for other actions
     * @param note optional, but required for ESCALATE and CANCEL
     * @return the status after the action
     * @throws TransitionException ILLEGAL when the move does not exist now, FORBIDDEN when the user
     *         may not take it (role, or not acting for the current tier)
     * @throws ProblemException (400) for a missing or too long note or wrong resources
     */
    public AlarmStatus act(AlarmAction action, String actor, Set<String> roles, String note,
                           List<Resource> resources, Instant now) {
        Objects.requireNonNull(action, "action");
        requireText(actor, "actor");
        Objects.requireNonNull(now, "now");
        Set<String> userRoles = roles == null ? Set.of() : roles;
        List<Resource> sent = resources == null ? List.of() : new ArrayList<>(resources);
        requireNotBeforeLastEvent(now);

        escalateIfDue(now);

        Map<AlarmAction, AlarmStatus> moves = AlarmLifecycle.moves(status, tier);
        if (!moves.containsKey(action)) {
            throw refusal(TransitionException.Kind.ILLEGAL, action, userRoles);
        }
        if (!AlarmLifecycle.TABLE.mayTake(action, userRoles) || !EmergencyRoles.actsFor(userRoles, tier)) {
            throw refusal(TransitionException.Kind.FORBIDDEN, action, userRoles);
        }
        String text = blankToNull(note);
        checkInput(action, text, sent);

        switch (action) {
            case ACKNOWLEDGE -> {
                responders.add(new Responder(tier, actor, action, now));
                record(now, actor, EventKind.ACKNOWLEDGED, text);
            }
            case DISPATCH -> {
                responders.add(new Responder(tier, actor, action, now));
                sent.forEach(r -> this.resources.add(new DispatchedResource(tier, now, r)));
                record(now, actor, EventKind.DISPATCHED, text);
            }
            case ESCALATE -> {
                Tier next = tier.next().orElseThrow();
                record(now, actor, EventKind.ESCALATED, "Escalated to " + next + ": " + text);
                enter(next, now);
            }
            case CONTAIN -> record(now, actor, EventKind.CONTAINED, text);
            case CLOSE -> record(now, actor, EventKind.CLOSED, text);
            case CANCEL -> record(now, actor, EventKind.CANCELLED, text);
            default -> throw new IllegalStateException("Unhandled action " + action);
        }
        status = moves.get(action);
        return status;
    }

    /**
     * Applies every window that ended by {@code now} without a dispatch: tier by tier, each
     * escalation dated at the deadline it missed (not at {@code now}), and at the last tier the
     * overdue flag, recorded once. Idempotent.
     *
     * @return whether anything changed
     */
    public boolean escalateIfDue(Instant now) {
        Objects.requireNonNull(now, "now");
        boolean changed = false;
        while (clockRuns() && !now.isBefore(deadline)) {
            Instant missedAt = deadline;
            Duration window = Duration.between(tierStartedAt, deadline);
            Optional<Tier> next = tier.next();
            if (next.isEmpty()) {
                overdue = true;
                record(missedAt, SYSTEM, EventKind.OVERDUE,
                        "The " + tier + " window of " + window + " ended without a dispatch; no tier is left.");
            } else {
                record(missedAt, SYSTEM, EventKind.ESCALATED_ON_TIMEOUT, "The " + tier + " window of " + window
                        + " ended without a dispatch; escalated to " + next.get() + ".");
                enter(next.get(), missedAt);
            }
            changed = true;
        }
        return changed;
    }

    /** When the scheduler should next look at this alarm; empty when no clock runs. */
    public Optional<Instant> escalationDueAt() {
        return clockRuns() ? Optional.of(deadline) : Optional.empty();
    }

    /** The current tier still owes a dispatch within a window not yet missed (per the table's timeout moves). */
    private boolean clockRuns() {
        return !overdue && AlarmLifecycle.TABLE.moves(status).containsKey(AlarmAction.ESCALATE_TIMEOUT);
    }

    /** What a user with {@code roles} may do now (as of the last change; see {@link #escalateIfDue}). */
    public Set<AlarmAction> allowedActions(Set<String> roles) {
        return AlarmLifecycle.allowed(status, tier, roles);
    }

    /** Whether the current tier has dispatched (its window is met). */
    public boolean windowMet() {
        return responders.stream().anyMatch(r -> r.tier() == tier && r.action() == AlarmAction.DISPATCH);
    }

    public List<Responder> respondersAt(Tier at) {
        return responders.stream().filter(r -> r.tier() == at).toList();
    }

    private void enter(Tier next, Instant startedAt) {
        tier = next;
        tierStartedAt = startedAt;
        deadline = startedAt.plus(windows.of(next));
        status = AlarmStatus.RAISED;
    }

    private void record(Instant at, String actor, EventKind event, String note) {
        timeline.add(new TimelineEntry(at, tier, actor, event, note));
    }

    private void checkInput(AlarmAction action, String note, List<Resource> sent) {
        List<FieldError> errors = new ArrayList<>(AlarmValidation.validateNote(note));
        if ((action == AlarmAction.ESCALATE || action == AlarmAction.CANCEL) && note == null) {
            errors.add(new FieldError("note", "is required to " + action.name().toLowerCase()));
        }
        if (action == AlarmAction.DISPATCH && sent.isEmpty()) {
            errors.add(new FieldError("resources", "at least one resource is required to dispatch"));
        }
        if (action != AlarmAction.DISPATCH && !sent.isEmpty()) {
            errors.add(new FieldError("resources", "can only be given with DISPATCH"));
        }
        if (sent.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("resources", "must not contain null"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The standard refusal, with the tier in the message and as extension "tier": it decides who may act. */
    private TransitionException refusal(TransitionException.Kind why, AlarmAction action, Set<String> roles) {
        String message = TransitionException.message(why, "alarm", status + " at tier " + tier, action);
        return TransitionException.withMessage(why, message, status, action, allowedActions(roles))
                .withExtension("tier", tier.name());
    }

    private void requireNotBeforeLastEvent(Instant now) {
        Instant last = timeline.get(timeline.size() - 1).at();
        if (now.isBefore(last)) {
            throw new IllegalArgumentException("now (" + now + ") is before the alarm's last event (" + last + ").");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public String enterpriseName() {
        return enterpriseName;
    }

    public String creditCode() {
        return creditCode;
    }

    public String park() {
        return park;
    }

    public AlarmKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public boolean drill() {
        return drill;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public TierWindows windows() {
        return windows;
    }

    public Tier tier() {
        return tier;
    }

    public Instant tierStartedAt() {
        return tierStartedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public AlarmStatus status() {
        return status;
    }

    public boolean overdue() {
        return overdue;
    }

    public List<Responder> responders() {
        return Collections.unmodifiableList(responders);
    }

    public List<DispatchedResource> resources() {
        return Collections.unmodifiableList(resources);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }
}
