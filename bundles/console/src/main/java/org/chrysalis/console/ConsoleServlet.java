package org.chrysalis.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the console's static files from this bundle: the page and its modules under
 * {@code console-web/}, ECharts from the webjar unpacked into {@code META-INF/resources/webjars/}.
 * Nothing else in the bundle is reachable.
 */
public class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String APP_ROOT = "console-web/";
    static final String WEBJAR_ROOT = "META-INF/resources/";
    static final String WEBJAR_PREFIX = "webjars/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "json", "application/json;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    /** The page may load and call only what this server serves: nothing from elsewhere, even by mistake. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // relative module paths resolve against /console/, not /
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "/");
            return;
        }
        Optional<String> resource = resourceFor(path);
        URL url = resource.map(r -> getClass().getClassLoader().getResource(r)).orElse(null);
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = resource.get();
        response.setContentType(type(name));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        // the library's path names its version, so it never changes; the console's own files do
        response.setHeader("Cache-Control", name.startsWith(WEBJAR_ROOT) ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = url.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The bundle resource for a request path below the console, empty for anything outside what it serves. */
    static Optional<String> resourceFor(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty()) {
            relative = "index.html";
        }
        if (relative.contains("..") || relative.contains("\\") || relative.startsWith("/") || relative.contains("//")
                || relative.endsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(relative.startsWith(WEBJAR_PREFIX) ? WEBJAR_ROOT + relative : APP_ROOT + relative);
    }

    static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
