package org.chrysalis.deliberation.domain;

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
        /** No such move from this status: the topic has moved on, so 409 Conflict. */
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
    private final TopicStatus status;
    private final TopicAction action;
    private final List<TopicAction> allowed;

    public TransitionException(Kind kind, TopicStatus status, TopicAction action, Set<TopicAction> allowed) {
        super(message(kind, status, action));
        this.kind = kind;
        this.status = status;
        this.action = action;
        this.allowed = allowed.stream().sorted().toList();
    }

    private static String message(Kind kind, TopicStatus status, TopicAction action) {
        return switch (kind) {
            case ILLEGAL -> "A topic that is " + status + " does not allow " + action + ".";
            case FORBIDDEN -> "Your roles do not allow " + action + " on a topic that is " + status + ".";
        };
    }

    public Kind kind() {
        return kind;
    }

    public TopicStatus status() {
        return status;
    }

    public TopicAction action() {
        return action;
    }

    /** The actions these roles may take from this status, in declaration order. */
    public List<TopicAction> allowed() {
        return allowed;
    }

    /** The same refusal as the platform's problem answer, with extensions "status" and "allowedActions". */
    public ProblemException toProblemException() {
        var names = allowed.stream().map(Enum::name).toList();
        var problem = Problem.of(kind.httpStatus(), kind.problemType(), getMessage())
                .withExtension("status", status.name())
                .withExtension("allowedActions", names);
        return new ProblemException(problem);
    }
}
