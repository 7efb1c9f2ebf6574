package org.chrysalis.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For an operation that machines call with an API key and people with their login (sensor
 * ingestion): the method is {@code @PermitAll} for the platform's role filter and checks the key or
 * these roles itself. The OpenAPI document lists these roles and the key's header, so integrators
 * and the access-control tests see who may call it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RolesOrApiKey {

    /** The roles a signed-in user needs instead of the key. */
    String[] value();

    /** The request header that carries the key. */
    String header() default "X-Api-Key";
}
