package com.touchpoint.emotion;

import com.touchpoint.satisfaction.ScoredCallback;
import org.apache.commons.math3.distribution.TDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Emotional contagion (EMOTION.md): the personal difference with Welch's interval, the team correlation. */
final class ContagionCalculator {

    static final int MIN_CALLBACKS = 10;
    static final int MIN_DAYS = 10;
    static final double Z = 1.96;

    private ContagionCalculator() {
    }

    /** One person's start moods against their valid callbacks served on positive (≥ 4) and negative (≤ 2) days. */
    static ContagionFigure individual(Collection<MoodPoint> checkIns, Collection<ScoredCallback> callbacks) {
        Map<LocalDate, Integer> startMood = new HashMap<>();
        checkIns.stream().filter(c -> c.moment() == Moment.SHIFT_START)
                .forEach(c -> startMood.put(c.workDate(), c.mood()));
        List<Double> positive = new ArrayList<>();
        List<Double> negative = new ArrayList<>();
        for (ScoredCallback callback : callbacks) {
            Integer mood = startMood.get(callback.serviceDate());
            if (!callback.valid() || callback.score() == null || mood == null) {
                continue;
            }
            if (mood >= 4) {
                positive.add(callback.score());
            } else if (mood <= 2) {
                negative.add(callback.score());
            }
        }
        if (positive.size() < MIN_CALLBACKS || negative.size() < MIN_CALLBACKS) {
            return new ContagionFigure(positive.size(), negative.size(), false, null, null, null);
        }
        double[] interval = welch(positive, negative);
        return new ContagionFigure(positive.size(), negative.size(), true, mean(positive) - mean(negative),
                interval[0], interval[1]);
    }

    /** The 95% interval of mean(a) − mean(b) by Welch's t with the Welch–Satterthwaite degrees of freedom. */
    static double[] welch(List<Double> a, List<Double> b) {
        double difference = mean(a) - mean(b);
        double va = variance(a) / a.size();
        double vb = variance(b) / b.size();
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new double[] {difference, difference};
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1));
        double t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
        return new double[] {difference - t * se, difference + t * se};
    }

    /**
     * The team's days with start check-ins from at least k staff and a valid callback: mean start mood against
     * mean callback score, correlated.
     */
    static TeamContagion team(Collection<MoodPoint> checkIns, Collection<ScoredCallback> callbacks, int k) {
        Map<LocalDate, List<MoodPoint>> starts = new TreeMap<>();
        checkIns.stream().filter(c -> c.moment() == Moment.SHIFT_START)
                .forEach(c -> starts.computeIfAbsent(c.workDate(), d -> new ArrayList<>()).add(c));
        Map<LocalDate, List<Double>> scores = new HashMap<>();
        callbacks.stream().filter(c -> c.valid() && c.score() != null)
                .forEach(c -> scores.computeIfAbsent(c.serviceDate(), d -> new ArrayList<>()).add(c.score()));
        List<Double> moods = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        starts.forEach((day, dayStarts) -> {
            long staff = dayStarts.stream().mapToLong(MoodPoint::staffId).distinct().count();
            if (staff >= k && scores.containsKey(day)) {
                moods.add(dayStarts.stream().mapToInt(MoodPoint::mood).average().orElseThrow());
                means.add(mean(scores.get(day)));
            }
        });
        int days = moods.size();
        Double r = days < MIN_DAYS ? null : pearson(moods, means);
        if (r == null) {
            return new TeamContagion(days, false, null, null, null);
        }
        double[] interval = fisher(r, days);
        return new TeamContagion(days, true, r, interval[0], interval[1]);
    }

    /** Pearson's r, or null when either series does not vary. */
    static Double pearson(List<Double> x, List<Double> y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    /** tanh(atanh(r) ± 1.96 / √(n − 3)). */
    static double[] fisher(double r, int n) {
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Z / Math.sqrt(n - 3.0);
        return new double[] {Math.tanh(z - half), Math.tanh(z + half)};
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The sample variance (n − 1). */
    static double variance(List<Double> values) {
        double m = mean(values);
        return values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (values.size() - 1);
    }
}
