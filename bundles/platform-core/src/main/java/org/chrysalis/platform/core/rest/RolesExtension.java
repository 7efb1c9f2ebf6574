package org.chrysalis.platform.core.rest;

import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.chrysalis.platform.api.rest.RolesOrApiKey;

import io.swagger.v3.jaxrs2.ext.AbstractOpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtensions;
import io.swagger.v3.oas.models.Operation;

/**
 * Writes each operation's roles into the OpenAPI document as {@value #NAME}, read from the same
 * {@code @RolesAllowed}/{@code @PermitAll} the platform enforces: integrators see who may call what,
 * and the access-control tests derive their matrix from it. {@code ["*"]} marks a public operation,
 * {@code ["authenticated"]} one open to any signed-in user (nothing declared), {@code []} one denied to all.
 */
public class RolesExtension extends AbstractOpenAPIExtension {

    public static final String NAME = "x-chrysalis-roles";
    public static final String PUBLIC = "*";
    public static final String AUTHENTICATED = "authenticated";
    /** The header of an API key that the operation also takes, instead of a user with a role. */
    public static final String API_KEY = "x-chrysalis-api-key";

    /** Adds the extension to swagger's chain once (the chain is static in the swagger bundle). */
    static synchronized void install() {
        List<OpenAPIExtension> extensions = OpenAPIExtensions.getExtensions();
        if (extensions.stream().noneMatch(RolesExtension.class::isInstance)) {
            extensions.add(new RolesExtension());
        }
    }

    @Override
    public void decorateOperation(Operation operation, Method method, Iterator<OpenAPIExtension> chain) {
        operation.addExtension(NAME, roles(method));
        RolesOrApiKey keyed = method.getAnnotation(RolesOrApiKey.class);
        if (keyed != null) {
            operation.addExtension(API_KEY, keyed.header());
        }
        super.decorateOperation(operation, method, chain);
    }

    /** As the platform's RolesAllowedFilter reads them: the method first, then its class. */
    static List<String> roles(Method method) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        RolesOrApiKey keyed = method.getAnnotation(RolesOrApiKey.class);
        if (keyed != null) {
            return List.of(keyed.value());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of(PUBLIC);
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return List.of(onMethod.value());
        }
        Class<?> type = method.getDeclaringClass();
        if (type.isAnnotationPresent(PermitAll.class)) {
            return List.of(PUBLIC);
        }
        RolesAllowed onType = type.getAnnotation(RolesAllowed.class);
        return onType == null ? List.of(AUTHENTICATED) : List.of(onType.value());
    }
}
