package org.chrysalis.platform.core.features;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Karaf's resolver message for a plugin built against another platform-api into a sentence an
 * administrator can act on: which bundle needs which platform-api package in which range, and what
 * this platform provides.
 */
public record ApiMismatch(String bundle, String apiPackage, String range) {

    private static final Pattern REQUIREMENT = Pattern.compile(
            "Unable to resolve ([^\\s:]+): missing requirement \\[[^\\]]*\\] osgi\\.wiring\\.package; "
            + "filter:=\"\\(&\\(osgi\\.wiring\\.package=(org\\.chrysalis\\.platform\\.api[\\w.]*)\\)"
            + "\\(version>=([\\w.]+)\\)(?:\\(!\\(version>=([\\w.]+)\\)\\))?\\)\"");

    /** The innermost platform-api package requirement that failed, if that is why the install failed. */
    public static Optional<ApiMismatch> find(String resolverMessage) {
        if (resolverMessage == null) {
            return Optional.empty();
        }
        Matcher matcher = REQUIREMENT.matcher(resolverMessage);
        ApiMismatch found = null;
        while (matcher.find()) {
            String upper = matcher.group(4);
            found = new ApiMismatch(matcher.group(1), matcher.group(2),
                    "[" + matcher.group(3) + ", " + (upper == null ? "∞" : upper) + ")");
        }
        return Optional.ofNullable(found);
    }

    /** @param provided the platform-api packages this runtime exports, with their versions */
    public String explain(String feature, Map<String, String> provided) {
        String have = provided.get(apiPackage);
        return feature + " cannot be installed: its bundle " + bundle + " was built for platform-api package "
                + apiPackage + " " + range + ", but this platform provides "
                + (have == null ? "no such package" : "version " + have)
                + ". Rebuild the plugin against this platform's platform-api, or upgrade the platform.";
    }
}
