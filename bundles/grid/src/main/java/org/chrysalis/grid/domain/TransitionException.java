package org.chrysalis.grid.domain;

import java.util.List;
import java.util.Set;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/**
 * A refused action. It carries the actions the same user could take instead, so a client can
 * redraw its buttons from the error alone.
 */
public final class TransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused; the two kinds answer with different HTTP statuses. */
    public enum Kind {
        /** No such transition from this status: the incident has moved on, so 409 Conflict. */
        ILLEGAL(409),
        /** The transition exists but none of the user's roles may take it: 403 Forbidden. */
        FORBIDDEN(403);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;
    private final IncidentStatus status;
    private final IncidentAction action;
    private final List<IncidentAction> allowed;

    public TransitionException(Kind kind, IncidentStatus status, IncidentAction action,
                               Set<IncidentAction> allowed) {
        super(message(kind, status, action));
        this.kind = kind;
        this.status = status;
        this.action = action;
        this.allowed = allowed.stream().sorted().toList();
    }

    private static String message(Kind kind, IncidentStatus status, IncidentAction action) {
        return switch (kind) {
            case ILLEGAL -> "An incident that is " + status + " cannot be " + action + ".";
            case FORBIDDEN -> "Your roles do not allow " + action + " on an incident that is " + status + ".";
        };
    }

    public Kind kind() {
        return kind;
    }

    public IncidentStatus status() {
        return status;
    }

    public IncidentAction action() {
        return action;
    }

    /** The actions these roles may take from this status, in declaration order. */
    public List<IncidentAction> allowed() {
        return allowed;
    }

    /** The same refusal as the platform's problem answer, with the allowed actions as extension "allowed". */
    public ProblemException toProblemException() {
        var type = kind == Kind.ILLEGAL ? "illegal-transition" : "forbidden";
        var names = allowed.stream().map(Enum::name).toList();
        return new ProblemException(Problem.of(kind.httpStatus(), type, getMessage())
                .withExtension("status", status.name())
                .withExtension("allowedActions", names));
    }
}
