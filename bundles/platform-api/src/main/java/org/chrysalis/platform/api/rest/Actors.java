package org.chrysalis.platform.api.rest;

import javax.ws.rs.core.SecurityContext;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;

/** The acting user of a JAX-RS request. */
public final class Actors {

    private Actors() {
    }

    /** The authenticated actor; 401 when the request is anonymous. */
    public static Actor of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new ProblemException(Problem.of(401, "unauthorized", "Authentication is required."));
    }
}
