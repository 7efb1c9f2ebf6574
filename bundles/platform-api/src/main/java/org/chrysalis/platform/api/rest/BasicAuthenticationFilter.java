package org.chrysalis.platform.api.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.security.Actor;
import org.chrysalis.platform.api.security.JaasAuthenticator;

/**
 * HTTP Basic against Karaf's JAAS realm. A request without credentials goes on as anonymous (the
 * roles filter decides whether that is enough); wrong credentials are always a 401.
 */
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    private final JaasAuthenticator authenticator;

    public BasicAuthenticationFilter(JaasAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        Optional<Actor> actor = credentials(header).flatMap(c -> authenticator.authenticate(c[0], c[1]));
        if (actor.isEmpty()) {
            request.abortWith(ProblemResponses.of(
                    Problem.of(401, "unauthorized", "The user name or password is not valid."),
                    ProblemResponses.locale(request.getAcceptableLanguages()), null));
            return;
        }
        request.setSecurityContext(new ActorSecurityContext(actor.get(), request.getSecurityContext().isSecure()));
    }

    /** User and password of a Basic header, empty when it is not a well-formed one. */
    static Optional<String[]> credentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
