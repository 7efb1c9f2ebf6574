package org.chrysalis.platform.api.rest;

import java.lang.reflect.Method;
import java.util.Arrays;

import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.chrysalis.platform.api.problem.Problem;

/**
 * Enforces {@code @PermitAll}, {@code @RolesAllowed} and {@code @DenyAll} on resource methods
 * (method first, then class). A method with none of them needs an authenticated user: endpoints
 * are closed unless they say otherwise.
 */
@Priority(Priorities.AUTHORIZATION)
public class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            deny(request, 403, "This operation is not allowed.");
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (method.isAnnotationPresent(PermitAll.class) || (roles == null && type.isAnnotationPresent(PermitAll.class))) {
            return;
        }
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        var security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            deny(request, 401, "Authentication is required.");
            return;
        }
        if (roles != null && Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            deny(request, 403, "This operation needs one of the roles " + Arrays.toString(roles.value()) + ".");
        }
    }

    private static void deny(ContainerRequestContext request, int status, String detail) {
        request.abortWith(ProblemResponses.of(
                Problem.of(status, status == 401 ? "unauthorized" : "forbidden", detail),
                ProblemResponses.locale(request.getAcceptableLanguages()), null));
    }
}
