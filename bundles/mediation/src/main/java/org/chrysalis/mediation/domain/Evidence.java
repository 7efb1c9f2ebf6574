package org.chrysalis.mediation.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.chrysalis.platform.api.problem.FieldErrors;

/**
 * One piece of evidence the consumer offers: what it is and, optionally, where it is stored. The link is
 * optional because a receipt or a witness can be described before anything is uploaded.
 *
 * @param url an http or https address, or null
 */
public record Evidence(String description, String url) {

    public static final int DESCRIPTION_MAX_LENGTH = 500;
    public static final int URL_MAX_LENGTH = 500;

    /** Throws a 400 problem listing every invalid field. */
    public void validate() {
        var errors = new FieldErrors();
        collectErrors(errors, "");
        errors.throwIfAny();
    }

    /** Adds this item's errors to an enclosing input's, with field names under {@code prefix}. */
    void collectErrors(FieldErrors errors, String prefix) {
        errors.required(prefix + "description", description)
                .maxLength(prefix + "description", description, DESCRIPTION_MAX_LENGTH)
                .maxLength(prefix + "url", url, URL_MAX_LENGTH);
        if (url != null && !url.isBlank()) {
            errors.check(isHttpUrl(url), prefix + "url", "must be an http or https address");
        }
    }

    // other schemes (javascript:, file:, data:) would be unsafe or meaningless as a link in the case file
    static boolean isHttpUrl(String value) {
        try {
            var uri = new URI(value.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
