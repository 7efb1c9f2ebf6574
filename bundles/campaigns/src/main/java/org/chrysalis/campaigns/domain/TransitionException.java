package org.chrysalis.campaigns.domain;

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
        /** No such move from this status: the task has moved on, so 409 Conflict. */
        ILLEGAL(409, "illegal-transition"),
        /** The move exists but none of the user's roles may make it: 403 Forbidden. */
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
    private final TaskStatus status;
    private final TaskAction action;
    private final List<TaskAction> allowed;

    public TransitionException(Kind kind, TaskStatus status, TaskAction action, Set<TaskAction> allowed) {
        super(switch (kind) {
            case ILLEGAL -> "A task that is " + status + " does not allow " + action + ".";
            case FORBIDDEN -> "Your roles do not allow " + action + " on a task that is " + status + ".";
        });
        this.kind = kind;
        this.status = status;
        this.action = action;
        this.allowed = allowed.stream().sorted().toList();
    }

    public Kind kind() {
        return kind;
    }

    public TaskStatus status() {
        return status;
    }

    public TaskAction action() {
        return action;
    }

    public List<TaskAction> allowed() {
        return allowed;
    }

    /** The same refusal as the platform's problem answer, with extensions "status" and "allowedActions". */
    public ProblemException toProblemException() {
        var problem = Problem.of(kind.httpStatus(), kind.problemType(), getMessage())
                .withExtension("status", status.name())
                .withExtension("allowedActions", allowed.stream().map(Enum::name).toList());
        return new ProblemException(problem);
    }
}
