package org.chrysalis.platform.core.rest;

import java.io.InputStream;
import java.net.URL;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.chrysalis.platform.api.problem.ProblemException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The OpenAPI document at {@code /api/openapi.json} and Swagger UI at {@code /api/api-docs}, both
 * public: they describe the API, not its data. Swagger UI's files come from its webjar bundle.
 */
@Path("")
@PermitAll
@Hidden
public class ApiDocsResource {

    private static final String WEBJAR = "org.webjars.swagger-ui";
    private static final String PAGE = """
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <title>Chrysalis API</title>
              <link rel="stylesheet" href="/api/api-docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/api/api-docs/swagger-ui-bundle.js"></script>
              <script src="/api/api-docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({
                  url: '/api/openapi.json', dom_id: '#swagger-ui', queryConfigEnabled: false,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout'
                });
              </script>
            </body>
            </html>
            """;

    private final OpenApiDocument document;
    private final BundleContext context;

    public ApiDocsResource(BundleContext context) {
        this.document = new OpenApiDocument(context.getBundle().getVersion().toString());
        this.context = context;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() throws Exception {
        return document.json();
    }

    @GET
    @Path("api-docs")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    @GET
    @Path("api-docs/{file: [A-Za-z0-9._-]+}")
    public Response file(@PathParam("file") String file) throws Exception {
        URL entry = webjarEntry(file);
        if (entry == null) {
            throw ProblemException.notFound("File", file);
        }
        InputStream content = entry.openStream();
        return Response.ok(content, type(file)).header("Cache-Control", "max-age=86400").build();
    }

    private URL webjarEntry(String file) {
        for (Bundle bundle : context.getBundles()) {
            if (WEBJAR.equals(bundle.getSymbolicName())) {
                return bundle.getEntry("META-INF/resources/webjars/swagger-ui/" + bundle.getVersion().toString()
                        .replaceFirst("^(\\d+\\.\\d+\\.\\d+).*$", "$1") + "/" + file);
            }
        }
        return null;
    }

    private static String type(String file) {
        if (file.endsWith(".js")) {
            return "application/javascript";
        }
        if (file.endsWith(".css")) {
            return "text/css";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        if (file.endsWith(".html")) {
            return MediaType.TEXT_HTML;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
