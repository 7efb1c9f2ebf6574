package org.chrysalis.deliberation.domain;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chrysalis.platform.api.problem.FieldError;
import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/** Reads what a refused input answers, so validator tests can compare plain lists. */
final class Problems {

    private Problems() {
    }

    static Problem problemOf(ThrowingCallable call) {
        var thrown = catchThrowableOfType(ProblemException.class, call);
        if (thrown == null) {
            throw new AssertionError("expected a ProblemException, but nothing was thrown");
        }
        return thrown.problem();
    }

    /** The fields named by the 400 answer of {@code call}, in the order the validator reported them. */
    static List<String> invalidFields(ThrowingCallable call) {
        var problem = problemOf(call);
        if (problem.status() != 400 || !problem.type().equals("validation")) {
            throw new AssertionError("expected a 400 validation problem, got " + problem);
        }
        return problem.errors().stream().map(FieldError::field).toList();
    }
}
