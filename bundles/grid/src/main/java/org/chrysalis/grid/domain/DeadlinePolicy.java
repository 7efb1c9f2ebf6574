package org.chrysalis.grid.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Response and resolution deadlines per incident category, read from configuration:
 * {@code deadline.default.response}, {@code deadline.default.resolution} and
 * {@code deadline.<categoryCode>.response} / {@code .resolution}, as ISO-8601 durations. A category
 * that sets only one of the two takes the default for the other.
 */
public final class DeadlinePolicy {

    public static final Duration DEFAULT_RESPONSE = Duration.ofHours(4);
    public static final Duration DEFAULT_RESOLUTION = Duration.ofDays(3);

    private static final String PREFIX = "deadline.";
    private static final String RESPONSE = ".response";
    private static final String RESOLUTION = ".resolution";
    private static final String DEFAULT_CATEGORY = "default";

    private final CategoryDeadlines defaults;
    private final Map<String, CategoryDeadlines> byCategory;

    private DeadlinePolicy(CategoryDeadlines defaults, Map<String, CategoryDeadlines> byCategory) {
        this.defaults = defaults;
        this.byCategory = Map.copyOf(byCategory);
    }

    public static DeadlinePolicy defaults() {
        return from(Map.of());
    }

    /**
     * Reads the {@code deadline.*} keys and ignores every other key, since the same configuration holds
     * other settings. A {@code deadline.*} key that names neither a response nor a resolution is rejected
     * rather than ignored, so a misspelt key does not silently leave a category on the defaults.
     *
     * @throws IllegalArgumentException naming the key, for a malformed key or a value that is not a positive duration
     */
    public static DeadlinePolicy from(Map<String, ?> properties) {
        var responses = new HashMap<String, Duration>();
        var resolutions = new HashMap<String, Duration>();
        for (var entry : properties.entrySet()) {
            var key = entry.getKey();
            if (!key.startsWith(PREFIX) || entry.getValue() == null || entry.getValue().toString().isBlank()) {
                continue;
            }
            var duration = parse(key, entry.getValue().toString().trim());
            if (key.endsWith(RESPONSE)) {
                responses.put(category(key, RESPONSE), duration);
            } else if (key.endsWith(RESOLUTION)) {
                resolutions.put(category(key, RESOLUTION), duration);
            } else {
                throw new IllegalArgumentException(
                        "Configuration key '" + key + "' must end with " + RESPONSE + " or " + RESOLUTION + ".");
            }
        }
        var defaults = new CategoryDeadlines(
                responses.getOrDefault(DEFAULT_CATEGORY, DEFAULT_RESPONSE),
                resolutions.getOrDefault(DEFAULT_CATEGORY, DEFAULT_RESOLUTION));
        var byCategory = new HashMap<String, CategoryDeadlines>();
        for (var category : union(responses, resolutions)) {
            if (!category.equals(DEFAULT_CATEGORY)) {
                byCategory.put(category, new CategoryDeadlines(
                        responses.getOrDefault(category, defaults.response()),
                        resolutions.getOrDefault(category, defaults.resolution())));
            }
        }
        return new DeadlinePolicy(defaults, byCategory);
    }

    private static Duration parse(String key, String value) {
        Duration duration;
        try {
            duration = Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Configuration key '" + key + "' is not an ISO-8601 duration (like PT4H or P3D): " + value, e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("Configuration key '" + key + "' must be a positive duration: " + value);
        }
        return duration;
    }

    private static String category(String key, String suffix) {
        var end = key.length() - suffix.length();
        var category = end > PREFIX.length() ? key.substring(PREFIX.length(), end) : "";
        if (category.isBlank()) {
            throw new IllegalArgumentException("Configuration key '" + key + "' names no category.");
        }
        return category;
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        var keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /** The deadlines of this category, or the defaults for a category (or null) that has none configured. */
    public CategoryDeadlines forCategory(String code) {
        return code == null ? defaults : byCategory.getOrDefault(code, defaults);
    }

    public Instant responseDue(String category, Instant reportedAt) {
        return Objects.requireNonNull(reportedAt, "reportedAt").plus(forCategory(category).response());
    }

    public Instant resolutionDue(String category, Instant reportedAt) {
        return Objects.requireNonNull(reportedAt, "reportedAt").plus(forCategory(category).resolution());
    }

    /**
     * Whether the incident missed a deadline at {@code now}: still unanswered after its response
     * deadline, or not yet resolved after its resolution deadline. Being exactly at a deadline is still
     * on time. A null deadline is one that does not apply.
     *
     * @param resumeStatus the status an {@link IncidentStatus#ESCALATED} incident was escalated from, since an
     *                     incident escalated while REPORTED still awaits its response; ignored otherwise, may be null
     */
    public static boolean isOverdue(IncidentStatus status, IncidentStatus resumeStatus, Instant responseDue,
                                    Instant resolutionDue, Instant now) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        if (status.isTerminal() || status == IncidentStatus.RESOLVED || status == IncidentStatus.VERIFIED) {
            return false;
        }
        var awaiting = status == IncidentStatus.ESCALATED && resumeStatus != null ? resumeStatus : status;
        if (awaiting == IncidentStatus.REPORTED && responseDue != null && now.isAfter(responseDue)) {
            return true;
        }
        return resolutionDue != null && now.isAfter(resolutionDue);
    }

    /**
     * Whether the scheduler should escalate the incident now: it is overdue and its status can be escalated.
     * An escalated incident is never escalated again, so no resume status is needed here.
     */
    public static boolean shouldEscalate(IncidentStatus status, Instant responseDue, Instant resolutionDue,
                                         Instant now) {
        return isOverdue(status, null, responseDue, resolutionDue, now)
                && IncidentLifecycle.escalate(status).isPresent();
    }

    @Override
    public String toString() {
        return "DeadlinePolicy[default=" + defaults + ", categories=" + byCategory + "]";
    }
}
