package org.chrysalis.platform.api.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

/**
 * Drops the {@code WWW-Authenticate} challenge of a 401 answered to a script that says so with
 * {@code X-Requested-With: XMLHttpRequest} (the web console does). Browsers answer a Basic
 * challenge with their own password dialog, even for a script's request, which would hide the
 * page's own login form; curl and other clients do not send the header and keep the challenge.
 */
class ScriptChallengeFilter implements ContainerResponseFilter {

    static final String REQUESTED_WITH = "X-Requested-With";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!challenges(response.getStatus(), request.getHeaderString(REQUESTED_WITH))) {
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
        }
    }

    /** Whether a response keeps its challenge: every 401 but one to a script's request. */
    static boolean challenges(int status, String requestedWith) {
        return status != 401 || !"XMLHttpRequest".equalsIgnoreCase(requestedWith);
    }
}
