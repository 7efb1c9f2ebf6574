package org.chrysalis.platform.api.lifecycle;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/**
 * A refused action on a case. It carries the actions the same user could take instead, so a client
 * can redraw its buttons from the error alone. Status and actions are each capability's own enums;
 * an exception cannot be generic, so they are kept as {@code Enum<?>}.
 */
public final class TransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused; the two kinds answer with different HTTP statuses. */
    public enum Kind {
        /** No such move from this status: the case has moved on, so 409 Conflict. */
        ILLEGAL(409, "illegal-transition"),
        /** The move exists but the user may not make it: 403 Forbidden. */
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
    private final Enum<?> status;
    private final Enum<?> action;
    private final List<Enum<?>> allowed;
    // extra problem members a capability adds (emergency: the alarm's "tier"), in the order added
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    /**
     * A refusal in the standard wording, such as "A dispute that is CLOSED does not allow ACCEPT." or
     * "Your roles do not allow ACCEPT on a dispute that is FILED.".
     *
     * @param noun    what the case is called in the message ("dispute", "incident"); its article follows it
     * @param allowed the actions these roles may take instead; kept in declaration order
     */
    public TransitionException(Kind kind, String noun, Enum<?> status, Enum<?> action,
                               Collection<? extends Enum<?>> allowed) {
        this(message(kind, noun, String.valueOf(status), action), kind, status, action, allowed);
    }

    private TransitionException(String message, Kind kind, Enum<?> status, Enum<?> action,
                                Collection<? extends Enum<?>> allowed) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = Objects.requireNonNull(status, "status");
        this.action = Objects.requireNonNull(action, "action");
        this.allowed = allowed.stream().<Enum<?>>map(a -> a).sorted(Comparator.comparingInt(Enum::ordinal)).toList();
    }

    /**
     * A refusal worded by the capability, for a message its clients already know that the standard
     * wording does not produce.
     */
    public static TransitionException withMessage(Kind kind, String message, Enum<?> status, Enum<?> action,
                                                  Collection<? extends Enum<?>> allowed) {
        return new TransitionException(message, kind, status, action, allowed);
    }

    /**
     * The standard wording, for a case whose state takes more than its status to describe (an alarm
     * "RAISED at tier ENTERPRISE").
     */
    public static String message(Kind kind, String noun, String state, Object action) {
        String article = startsWithVowel(noun) ? "an" : "a";
        return switch (kind) {
            case ILLEGAL -> capitalised(article) + " " + noun + " that is " + state + " does not allow " + action + ".";
            case FORBIDDEN -> "Your roles do not allow " + action + " on " + article + " " + noun + " that is "
                    + state + ".";
        };
    }

    /** Adds a member to the problem answer, after "status" and before "allowedActions"; returns this. */
    public TransitionException withExtension(String name, Object value) {
        extensions.put(Objects.requireNonNull(name, "name"), value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public Enum<?> status() {
        return status;
    }

    public Enum<?> action() {
        return action;
    }

    /** The actions these roles may take from this status, in declaration order. */
    public List<Enum<?>> allowed() {
        return allowed;
    }

    /**
     * The same refusal as the platform's problem answer: the message as detail, the status as extension
     * "status", then any added extensions, and the allowed action names as "allowedActions".
     */
    public ProblemException toProblemException() {
        var problem = Problem.of(kind.httpStatus(), kind.problemType(), getMessage())
                .withExtension("status", status.name());
        for (var extension : extensions.entrySet()) {
            problem = problem.withExtension(extension.getKey(), extension.getValue());
        }
        problem = problem.withExtension("allowedActions", allowed.stream().map(Enum::name).toList());
        return new ProblemException(problem);
    }

    private static boolean startsWithVowel(String noun) {
        return !noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
