package com.touchpoint.satisfaction;

/** Answer scales of questionnaire items and how an answer is normalised to 0–100 (INDICATORS.md). */
public enum Scale {
    FIVE_POINT(1, 5), TEN_POINT(1, 10), YES_NO(0, 1);

    private final int min;
    private final int max;

    Scale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }

    /** The mean normalised score of {@code count} answers whose raw values add up to {@code sum}. */
    public double normalisedMean(long sum, long count) {
        return (sum - (double) min * count) / count / (max - min) * 100.0;
    }
}
