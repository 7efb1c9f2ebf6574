package org.chrysalis.platform.core.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.chrysalis.platform.api.rest.RestEndpoints;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * One OpenAPI 3 document for every JAX-RS endpoint in the runtime, read from the resource classes
 * of each endpoint and prefixed with its address. It is rebuilt only when capabilities come or go.
 */
public class OpenApiDocument {

    private final String version;
    private Map<String, List<Class<?>>> builtFrom;
    private String json;

    public OpenApiDocument(String version) {
        this.version = version;
        RolesExtension.install();
    }

    public synchronized String json() throws Exception {
        Map<String, List<Class<?>>> endpoints = RestEndpoints.snapshot();
        if (!endpoints.equals(builtFrom)) {
            json = Json.mapper().writeValueAsString(build(endpoints));
            builtFrom = endpoints;
        }
        return json;
    }

    private OpenAPI build(Map<String, List<Class<?>>> endpoints) {
        OpenAPI document = new OpenAPI()
                .info(new Info().title("Chrysalis API").version(version)
                        .description("Grassroots governance platform. Errors are RFC 9457 problem details; "
                                + "lists are paged with offset and limit; sign in with HTTP Basic."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .paths(new Paths());
        endpoints.forEach((address, resources) -> {
            OpenAPI part = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()))
                    .read(new LinkedHashSet<>(resources));
            if (part.getPaths() != null) {
                part.getPaths().forEach((path, item) -> document.getPaths().addPathItem(join(address, path), item));
            }
            if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
                part.getComponents().getSchemas().forEach(document.getComponents()::addSchemas);
            }
        });
        return document;
    }

    static String join(String address, String path) {
        String joined = (address + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
