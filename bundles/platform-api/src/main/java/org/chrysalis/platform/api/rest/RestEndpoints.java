package org.chrysalis.platform.api.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JAX-RS endpoints of the runtime that use {@link ChrysalisRestFeature}: address and resource
 * classes. The platform's OpenAPI document is built from it, so a capability's API appears when it
 * is installed and disappears when it is removed, without any registration code of its own.
 */
public final class RestEndpoints {

    private static final Map<String, List<Class<?>>> ENDPOINTS = new ConcurrentHashMap<>();

    private RestEndpoints() {
    }

    static void register(String address, List<Class<?>> resources) {
        ENDPOINTS.put(address, List.copyOf(resources));
    }

    static void unregister(String address) {
        ENDPOINTS.remove(address);
    }

    /** Address (as configured, e.g. {@code /api/v1/grid}) to resource classes, sorted by address. */
    public static Map<String, List<Class<?>>> snapshot() {
        return new TreeMap<>(ENDPOINTS);
    }
}
