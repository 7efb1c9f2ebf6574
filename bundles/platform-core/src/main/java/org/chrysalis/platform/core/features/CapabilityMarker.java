package org.chrysalis.platform.core.features;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the capability id a feature declares: {@code chrysalis.capability;id=grid}. */
final class CapabilityMarker {

    static final String NAMESPACE = "chrysalis.capability";
    private static final Pattern ID = Pattern.compile("(?:^|;)\\s*id(?::String)?\\s*=\\s*\"?([A-Za-z0-9_-]+)\"?");

    private CapabilityMarker() {
    }

    static Optional<String> id(String capability) {
        if (capability == null || !capability.trim().startsWith(NAMESPACE + ";")) {
            return Optional.empty();
        }
        Matcher matcher = ID.matcher(capability.substring(capability.indexOf(';')));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
