package org.chrysalis.platform.api.soap;

import javax.xml.ws.WebServiceContext;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;
import org.chrysalis.platform.api.security.Actor;

/** The acting user of a SOAP call. */
public final class SoapActors {

    private SoapActors() {
    }

    public static Actor of(WebServiceContext context) {
        if (context != null && context.getUserPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new ProblemException(Problem.of(401, "unauthorized", "Authentication is required."));
    }
}
