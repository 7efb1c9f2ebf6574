package org.chrysalis.campaigns.domain;

import java.util.Map;

/**
 * How the department score for performance assessment weighs closure rate, timeliness and
 * (the absence of) reopened tasks; configuration keys {@code score.closureWeight},
 * {@code score.timelinessWeight}, {@code score.reopenWeight}. Weights are relative: they are
 * divided by their sum, so the score is always 0–100.
 */
public record ScoreWeights(double closure, double timeliness, double reopen) {

    public static final ScoreWeights DEFAULT = new ScoreWeights(0.5, 0.3, 0.2);

    public ScoreWeights {
        if (closure < 0 || timeliness < 0 || reopen < 0 || closure + timeliness + reopen <= 0
                || Double.isNaN(closure + timeliness + reopen)) {
            throw new IllegalArgumentException("score weights must be 0 or more and not all 0");
        }
    }

    public static ScoreWeights from(Map<String, ?> config) {
        return new ScoreWeights(weight(config, "score.closureWeight", DEFAULT.closure),
                weight(config, "score.timelinessWeight", DEFAULT.timeliness),
                weight(config, "score.reopenWeight", DEFAULT.reopen));
    }

    private static double weight(Map<String, ?> config, String key, double fallback) {
        Object value = config.get(key);
        try {
            return value == null ? fallback : Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not " + value);
        }
    }

    /** The score from the three rates (each 0–1), rounded to one decimal. */
    public double score(double closureRate, double timelinessRate, double reopenRate) {
        double sum = closure + timeliness + reopen;
        double raw = 100 * (closure * closureRate + timeliness * timelinessRate + reopen * (1 - reopenRate)) / sum;
        return Math.round(raw * 10) / 10.0;
    }
}
