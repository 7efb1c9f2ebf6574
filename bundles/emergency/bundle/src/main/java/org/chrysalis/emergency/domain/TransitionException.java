package org.chrysalis.emergency.domain;

import java.util.List;
import java.util.Set;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/**
 * A refused action. It carries the actions the same user could take instead, so a client can redraw
 * its buttons from the error alone.
 */
public final class TransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused; the two kinds answer with different HTTP statuses. */
    public enum Kind {
        /** No such move from this status at this tier: the alarm has moved on, so 409 Conflict. */
        ILLEGAL(409, "illegal-transition"),
        /** The move exists but the user may not make it (role or tier): 403 Forbidden. */
        FORBIDDEN(403, "forbidden");

        private final int httpStatus;
        private final String problemType;

        Kind(int httpStatus, String problemType) {
            this.httpStatus = httpStatus;
            this.problemType = problemType;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String problemType() {
            return problemType;
        }
    }

    private final Kind kind;
    private final AlarmStatus status;
    private final Tier tier;
    private final AlarmAction action;
    private final List<AlarmAction> allowed;

    public TransitionException(Kind kind, AlarmStatus status, Tier tier, AlarmAction action,
                               Set<AlarmAction> allowed) {
        super(message(kind, status, tier, action));
        this.kind = kind;
        this.status = status;
        this.tier = tier;
        this.action = action;
        this.allowed = allowed.stream().sorted().toList();
    }

    private static String message(Kind kind, AlarmStatus status, Tier tier, AlarmAction action) {
        return switch (kind) {
            case ILLEGAL -> "An alarm that is " + status + " at tier " + tier + " does not allow " + action + ".";
            case FORBIDDEN -> "Your roles do not allow " + action + " on an alarm that is " + status
                    + " at tier " + tier + ".";
        };
    }

    public Kind kind() {
        return kind;
    }

    public AlarmStatus status() {
        return status;
    }

    public Tier tier() {
        return tier;
    }

    public AlarmAction action() {
        return action;
    }

    /** The actions these roles may take now, in declaration order. */
    public List<AlarmAction> allowed() {
        return allowed;
    }

    /** The same refusal as the platform's problem answer, with extensions "status", "tier", "allowedActions". */
    public ProblemException toProblemException() {
        var names = allowed.stream().map(Enum::name).toList();
        var problem = Problem.of(kind.httpStatus(), kind.problemType(), getMessage())
                .withExtension("status", status.name())
                .withExtension("tier", tier.name())
                .withExtension("allowedActions", names);
        return new ProblemException(problem);
    }
}
