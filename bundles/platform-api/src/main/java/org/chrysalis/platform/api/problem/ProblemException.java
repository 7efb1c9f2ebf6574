package org.chrysalis.platform.api.problem;

import java.util.List;

/**
 * Raised by services and resources to answer with a problem body. Domain code throws it instead of
 * container exceptions, so the same rule reads the same over REST, SOAP and the shell.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(new Problem(400, "validation", null,
                "The request has invalid fields.", errors, null));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "bad-request", detail));
    }

    public static ProblemException notFound(String entity, String id) {
        return new ProblemException(Problem.of(404, "not-found", entity + " '" + id + "' does not exist."));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", detail));
    }

    /** The other side (a capability that is not installed, for example) cannot serve now. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "unavailable", detail));
    }
}
