package org.chrysalis.platform.core.features;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.framework.Version;

/** Orders feature versions as OSGi does, reading Maven's {@code 1.0.0-SNAPSHOT} as {@code 1.0.0.SNAPSHOT}. */
final class FeatureVersions {

    static final Comparator<String> ASCENDING = Comparator.comparing(FeatureVersions::parse)
            .thenComparing(Comparator.naturalOrder());

    private static final Pattern PLAIN = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,2}([.-][A-Za-z0-9_-]{1,64})?");

    private FeatureVersions() {
    }

    /** A single version such as {@code 2.1.0} or {@code 0.1.0-SNAPSHOT}, not a range. */
    static boolean isPlain(String version) {
        return version != null && PLAIN.matcher(version).matches();
    }

    static List<String> newestFirst(Collection<String> versions) {
        return versions.stream().distinct().sorted(ASCENDING.reversed()).toList();
    }

    static Version parse(String version) {
        String text = version == null ? "" : version.trim();
        int dash = text.indexOf('-');
        if (dash >= 0) {
            String head = text.substring(0, dash);
            String[] parts = head.split("\\.", -1);
            StringBuilder padded = new StringBuilder(head);
            for (int i = parts.length; i < 3; i++) {
                padded.append(".0");
            }
            text = padded + "." + text.substring(dash + 1).replaceAll("[^A-Za-z0-9_-]", "_");
        }
        try {
            return Version.parseVersion(text);
        } catch (IllegalArgumentException notOsgi) {
            return Version.emptyVersion;
        }
    }
}
