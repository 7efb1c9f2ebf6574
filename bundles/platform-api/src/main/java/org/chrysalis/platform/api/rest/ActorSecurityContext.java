package org.chrysalis.platform.api.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.chrysalis.platform.api.security.Actor;

/** The JAX-RS security context of an authenticated request; the principal is the {@link Actor}. */
public record ActorSecurityContext(Actor actor, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return actor;
    }

    @Override
    public boolean isUserInRole(String role) {
        return actor.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
