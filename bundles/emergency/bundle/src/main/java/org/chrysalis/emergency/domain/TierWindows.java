package org.chrysalis.emergency.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How long each tier has to acknowledge and dispatch, counted from the moment the alarm reached it.
 * Defaults to the seed's 1 / 5 / 10 minutes.
 */
public record TierWindows(Duration enterprise, Duration park, Duration newArea) {

    public static final String KEY_ENTERPRISE = "window.enterprise";
    public static final String KEY_PARK = "window.park";
    public static final String KEY_NEW_AREA = "window.newArea";

    public static final TierWindows DEFAULTS =
            new TierWindows(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10));

    public TierWindows {
        requirePositive(KEY_ENTERPRISE, enterprise);
        requirePositive(KEY_PARK, park);
        requirePositive(KEY_NEW_AREA, newArea);
    }

    private static void requirePositive(String key, Duration window) {
        Objects.requireNonNull(window, key);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, not " + window + ".");
        }
    }

    /** The window of {@code tier}. */
    public Duration of(Tier tier) {
        return switch (Objects.requireNonNull(tier, "tier")) {
            case ENTERPRISE -> enterprise;
            case PARK -> park;
            case NEW_AREA -> newArea;
        };
    }

    /**
     * Reads the windows from configuration: ISO-8601 durations ("PT1M", "PT90S") under
     * {@value #KEY_ENTERPRISE}, {@value #KEY_PARK} and {@value #KEY_NEW_AREA}. A missing or blank key
     * keeps its default; keys outside "window." (service.pid and the like) are ignored. Every bad
     * value, and any unknown "window." key (a typo), is reported in one IllegalArgumentException.
     */
    public static TierWindows fromConfig(Map<String, String> config) {
        if (config == null) {
            return DEFAULTS;
        }
        List<String> problems = new ArrayList<>();
        Duration enterprise = read(config, KEY_ENTERPRISE, DEFAULTS.enterprise, problems);
        Duration park = read(config, KEY_PARK, DEFAULTS.park, problems);
        Duration newArea = read(config, KEY_NEW_AREA, DEFAULTS.newArea, problems);
        for (String key : new TreeSet<>(config.keySet())) {
            if (key.startsWith("window.") && !List.of(KEY_ENTERPRISE, KEY_PARK, KEY_NEW_AREA).contains(key)) {
                problems.add(key + " is not a known setting (expected " + KEY_ENTERPRISE + ", " + KEY_PARK
                        + " or " + KEY_NEW_AREA + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid emergency windows: " + String.join("; ", problems) + ".");
        }
        return new TierWindows(enterprise, park, newArea);
    }

    private static Duration read(Map<String, String> config, String key, Duration fallback, List<String> problems) {
        String raw = config.get(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        Duration value;
        try {
            value = Duration.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(key + " = '" + raw + "' is not an ISO-8601 duration such as PT1M or PT90S");
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            problems.add(key + " = '" + raw + "' must be positive");
            return fallback;
        }
        return value;
    }
}
