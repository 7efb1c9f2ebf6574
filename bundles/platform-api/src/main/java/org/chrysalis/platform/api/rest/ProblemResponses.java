package org.chrysalis.platform.api.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.chrysalis.platform.api.i18n.Locales;
import org.chrysalis.platform.api.problem.Problem;

/** Turns a {@link Problem} into an {@code application/problem+json} response. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:chrysalis:problem:";

    private ProblemResponses() {
    }

    public static Response of(Problem problem, Locale locale, String instance) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(body(problem, locale, instance));
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"chrysalis\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    static Map<String, Object> body(Problem problem, Locale locale, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + (problem.type() == null ? "about-blank" : problem.type()));
        body.put("title", problem.title() != null ? problem.title() : title(problem.status(), locale));
        body.put("status", problem.status());
        if (problem.detail() != null) {
            body.put("detail", problem.detail());
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        problem.extensions().forEach(body::putIfAbsent);
        return body;
    }

    public static String title(int status, Locale locale) {
        String key = "status." + status;
        String title = Locales.label("org.chrysalis.platform.api.rest.problems",
                ProblemResponses.class.getClassLoader(), locale, key);
        return title.equals(key) ? Locales.label("org.chrysalis.platform.api.rest.problems",
                ProblemResponses.class.getClassLoader(), locale, "status." + (status / 100) + "xx") : title;
    }

    public static Locale locale(List<Locale> acceptable) {
        return Locales.pick(acceptable == null ? List.of() : acceptable);
    }
}
