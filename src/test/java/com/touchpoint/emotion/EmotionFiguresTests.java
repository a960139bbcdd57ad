package com.touchpoint.emotion;

import com.touchpoint.satisfaction.ScoredCallback;
import com.touchpoint.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each figure of EMOTION.md against a case computed by hand. */
class EmotionFiguresTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final Period WEEK = new Period(MONDAY, MONDAY.plusDays(6));

    static MoodPoint start(long staff, LocalDate day, int mood) {
        return new MoodPoint(staff, day, Moment.SHIFT_START, mood, 3, Set.of());
    }

    static MoodPoint point(long staff, int mood, int stress, MoodTag... tags) {
        return new MoodPoint(staff, MONDAY.plusDays(staff % 5), Moment.SHIFT_END, mood, stress, Set.of(tags));
    }

    static ScoredCallback callback(LocalDate day, double score) {
        return new ScoredCallback(1, day, true, false, score);
    }

    private static List<MoodPoint> smallTeam() {
        List<MoodPoint> points = new ArrayList<>(List.of(
                point(1, 4, 2, MoodTag.WORKLOAD), point(1, 2, 4, MoodTag.WORKLOAD, MoodTag.DIFFICULT_CUSTOMER),
                point(2, 5, 1), point(3, 3, 3, MoodTag.SYSTEM), point(4, 1, 5, MoodTag.PERSONAL)));
        // outside the window: ignored
        points.add(new MoodPoint(6, MONDAY.minusDays(1), Moment.SHIFT_START, 1, 5, Set.of(MoodTag.OTHER)));
        return points;
    }

    @Test
    void the_climate_of_a_small_team_counts_people_check_ins_low_moods_and_tags() {
        List<MoodPoint> points = smallTeam();
        points.add(point(5, 4, 2));

        Climate climate = ClimateCalculator.climate(WEEK, points, 6, 5);

        // 6 check-ins of 5 people out of 6 active; moods 4+2+5+3+1+4 = 19, stress 2+4+1+3+5+2 = 17; moods ≤ 2: two
        assertThat(climate.suppressed()).isFalse();
        assertThat(climate.participants()).isEqualTo(5);
        assertThat(climate.participation()).isCloseTo(83.3333, within(1e-4));
        assertThat(climate.meanMood()).isCloseTo(19 / 6.0, within(1e-9));
        assertThat(climate.meanStress()).isCloseTo(17 / 6.0, within(1e-9));
        assertThat(climate.lowMoodShare()).isCloseTo(33.3333, within(1e-4));
        assertThat(climate.tagCounts()).isEqualTo(Map.of(MoodTag.WORKLOAD, 2L, MoodTag.DIFFICULT_CUSTOMER, 1L,
                MoodTag.SYSTEM, 1L, MoodTag.PERSONAL, 1L));
    }

    @Test
    void four_people_show_no_figure_at_all_while_five_do() {
        Climate four = ClimateCalculator.climate(WEEK, smallTeam(), 6, 5);
        assertThat(four.suppressed()).isTrue();
        assertThat(four.participants()).isNull();
        assertThat(four.meanMood()).isNull();
        assertThat(four.meanStress()).isNull();
        assertThat(four.lowMoodShare()).isNull();
        assertThat(four.participation()).isNull();
        assertThat(four.tagCounts()).isEmpty();

        List<MoodPoint> five = smallTeam();
        five.add(point(5, 4, 2));
        assertThat(ClimateCalculator.climate(WEEK, five, 6, 5).suppressed()).isFalse();
    }

    @Test
    void the_group_size_is_never_below_three() {
        assertThat(new EmotionProperties(1, null).minGroup()).isEqualTo(3);
        assertThat(new EmotionProperties(7, " EAP ").minGroup()).isEqualTo(7);
    }

    @Test
    void weeks_run_monday_to_sunday_and_are_cut_to_the_period() {
        var period = new Period(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 10));
        assertThat(Granularity.WEEK.windows(period)).containsExactly(
                new Period(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 1)),
                new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)),
                new Period(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10)));
        assertThat(Granularity.MONTH.windows(period)).hasSize(2);
        assertThat(Granularity.DAY.windows(period)).hasSize(13);
    }

    /** Ten good-mood days scoring 80, 82 … 98 and ten low-mood days scoring 70, 72 … 88. */
    private static List<ScoredCallback> contagionCase(List<MoodPoint> moods, int negativeDays) {
        List<ScoredCallback> callbacks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate good = MONDAY.plusDays(i);
            moods.add(start(1, good, 4 + i % 2));
            callbacks.add(callback(good, 80 + 2 * i));
        }
        for (int i = 0; i < negativeDays; i++) {
            LocalDate low = MONDAY.plusDays(20 + i);
            moods.add(start(1, low, 1 + i % 2));
            callbacks.add(callback(low, 70 + 2 * i));
        }
        LocalDate neutral = MONDAY.plusDays(40);
        moods.add(start(1, neutral, 3));
        callbacks.add(callback(neutral, 0));
        // an end-of-shift mood does not make a day positive; an invalid callback never counts
        LocalDate endOnly = MONDAY.plusDays(41);
        moods.add(new MoodPoint(1, endOnly, Moment.SHIFT_END, 5, 1, Set.of()));
        callbacks.add(callback(endOnly, 0));
        callbacks.add(new ScoredCallback(1, MONDAY, false, true, null));
        return callbacks;
    }

    @Test
    void the_contagion_difference_has_welchs_interval() {
        List<MoodPoint> moods = new ArrayList<>();
        List<ScoredCallback> callbacks = contagionCase(moods, 10);

        ContagionFigure figure = ContagionCalculator.individual(moods, callbacks);

        // means 89 and 79; both sample variances 330 / 9; se = √(2 · 36.667 / 10) = 2.70801; equal variances and
        // sizes give Welch's df = 2(n − 1) = 18, t(0.975, 18) = 2.10092, half width 5.68932
        assertThat(figure.enough()).isTrue();
        assertThat(figure.positiveCallbacks()).isEqualTo(10);
        assertThat(figure.negativeCallbacks()).isEqualTo(10);
        assertThat(figure.difference()).isCloseTo(10.0, within(1e-9));
        assertThat(figure.low()).isCloseTo(4.31068, within(1e-4));
        assertThat(figure.high()).isCloseTo(15.68932, within(1e-4));
    }

    @Test
    void nine_low_mood_callbacks_are_not_enough_and_give_only_the_counts() {
        List<MoodPoint> moods = new ArrayList<>();
        ContagionFigure figure = ContagionCalculator.individual(moods, contagionCase(moods, 9));

        assertThat(figure.enough()).isFalse();
        assertThat(figure.positiveCallbacks()).isEqualTo(10);
        assertThat(figure.negativeCallbacks()).isEqualTo(9);
        assertThat(figure.difference()).isNull();
        assertThat(figure.low()).isNull();
    }

    static final double[] TEAM_MOOD = {2.8, 3.0, 3.4, 3.2, 3.6, 3.8, 4.0, 3.6, 4.2, 4.4, 3.0, 4.6};
    static final double[] TEAM_SCORE = {70, 74, 76, 73, 80, 79, 85, 78, 86, 88, 75, 90};

    /** Five staff a day whose start moods average the day's team mood, and one callback a day. */
    private static List<MoodPoint> teamMoods(int days, List<ScoredCallback> callbacks) {
        List<MoodPoint> moods = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = MONDAY.plusDays(d);
            int floor = (int) Math.floor(TEAM_MOOD[d]);
            long higher = Math.round((TEAM_MOOD[d] - floor) * 5);
            for (int s = 0; s < 5; s++) {
                moods.add(start(s + 1, day, s < higher ? floor + 1 : floor));
            }
            callbacks.add(callback(day, TEAM_SCORE[d]));
        }
        return moods;
    }

    @Test
    void the_team_correlation_over_twelve_days_has_fishers_interval() {
        List<ScoredCallback> callbacks = new ArrayList<>();
        List<MoodPoint> moods = teamMoods(12, callbacks);
        // a day with only four start check-ins and a day without a valid callback are left out
        LocalDate four = MONDAY.plusDays(20);
        for (int s = 1; s <= 4; s++) {
            moods.add(start(s, four, 1));
        }
        callbacks.add(callback(four, 99));
        LocalDate noCallback = MONDAY.plusDays(21);
        for (int s = 1; s <= 5; s++) {
            moods.add(start(s, noCallback, 5));
        }

        TeamContagion team = ContagionCalculator.team(moods, callbacks, 5);

        // mean mood 43.6 / 12 = 3.6333, mean score 954 / 12 = 79.5; Sxy = 40.2, Sxx = 3.74667, Syy = 453;
        // r = 40.2 / √(3.74667 · 453) = 0.97579; atanh r = 2.19866 ± 1.96 / √9 gives tanh 0.91338 and 0.99339
        assertThat(team.days()).isEqualTo(12);
        assertThat(team.enough()).isTrue();
        assertThat(team.r()).isCloseTo(0.97579, within(1e-5));
        assertThat(team.low()).isCloseTo(0.91338, within(1e-5));
        assertThat(team.high()).isCloseTo(0.99339, within(1e-5));
    }

    @Test
    void nine_days_give_no_team_correlation() {
        List<ScoredCallback> callbacks = new ArrayList<>();
        TeamContagion team = ContagionCalculator.team(teamMoods(9, callbacks), callbacks, 5);
        assertThat(team.days()).isEqualTo(9);
        assertThat(team.enough()).isFalse();
        assertThat(team.r()).isNull();
    }

    private static List<MoodPoint> latest(int... moods) {
        List<MoodPoint> points = new ArrayList<>();
        for (int i = 0; i < moods.length; i++) {
            points.add(new MoodPoint(1, MONDAY.minusDays(i), Moment.SHIFT_END, moods[i], 2, Set.of()));
        }
        return points;
    }

    private static List<MoodPoint> stresses(int... stress) {
        List<MoodPoint> points = new ArrayList<>();
        for (int i = 0; i < stress.length; i++) {
            points.add(new MoodPoint(1, MONDAY.minusDays(i), Moment.SHIFT_END, 3, stress[i], Set.of()));
        }
        return points;
    }

    private static List<StrainSignal.Kind> kinds(List<StrainSignal> signals) {
        return signals.stream().map(StrainSignal::kind).toList();
    }

    @Test
    void three_low_moods_of_the_last_five_are_a_signal_two_are_not() {
        // the sixth check-in back is low too, but outside the last five
        assertThat(kinds(StrainRules.signals(latest(2, 4, 1, 3, 4, 1), null, null, 0))).isEmpty();
        List<StrainSignal> three = StrainRules.signals(latest(2, 4, 1, 3, 2), null, null, 0);
        assertThat(kinds(three)).containsExactly(StrainSignal.Kind.LOW_MOOD);
        assertThat(three.get(0).reason()).containsExactly(3L, 5);
    }

    @Test
    void mean_stress_of_four_with_a_five_point_fall_is_a_signal_three_point_nine_is_not() {
        List<MoodPoint> mean39 = stresses(4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 1);
        List<MoodPoint> mean40 = stresses(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1);
        assertThat(StrainRules.meanStress(mean39)).isCloseTo(3.9, within(1e-9));
        assertThat(kinds(StrainRules.signals(mean39, 80.0, 85.0, 0))).isEmpty();
        List<StrainSignal> signals = StrainRules.signals(mean40, 80.3, 85.3, 0);
        assertThat(kinds(signals)).containsExactly(StrainSignal.Kind.STRESS_AND_FALLING);
        assertThat(signals.get(0).reason()).containsExactly(new BigDecimal("4.00"), new BigDecimal("80.30"),
                new BigDecimal("85.30"));
        // a fall of 4.99 points, no index last month, or fewer than five check-ins: no signal
        assertThat(kinds(StrainRules.signals(mean40, 80.01, 85.0, 0))).isEmpty();
        assertThat(kinds(StrainRules.signals(mean40, 80.0, null, 0))).isEmpty();
        assertThat(kinds(StrainRules.signals(stresses(5, 5, 5, 5), 70.0, 90.0, 0))).isEmpty();
        assertThat(kinds(StrainRules.signals(stresses(5, 5, 5, 5, 5), 70.0, 90.0, 0)))
                .containsExactly(StrainSignal.Kind.STRESS_AND_FALLING);
    }

    @Test
    void two_complaints_in_seven_days_are_a_signal_one_is_not() {
        assertThat(kinds(StrainRules.signals(Collections.emptyList(), null, null, 1))).isEmpty();
        assertThat(kinds(StrainRules.signals(Collections.emptyList(), null, null, 2)))
                .containsExactly(StrainSignal.Kind.COMPLAINTS);
    }
}
