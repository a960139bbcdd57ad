package com.touchpoint.coaching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoachingScoreTests {

    @Test
    void the_score_is_the_sum_of_its_visible_parts() {
        // 7.5 index points below target, 2 weak items, 1 overdue training, 2 complaints, 45 days since the last session
        List<ScorePart> parts = CoachingScore.parts(7.5, 2, 1, 2, 45L, null);
        assertThat(parts).extracting(ScorePart::kind).containsExactly(ScorePart.Kind.INDEX_GAP,
                ScorePart.Kind.WEAK_ITEMS, ScorePart.Kind.OVERDUE_TRAINING, ScorePart.Kind.COMPLAINTS,
                ScorePart.Kind.DAYS_SINCE_SESSION);
        assertThat(parts).extracting(ScorePart::points).containsExactly(7.5, 4.0, 3.0, 6.0, 4.5);
        assertThat(CoachingScore.total(parts)).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void above_target_adds_nothing_and_never_having_had_a_session_counts_as_the_maximum_days() {
        List<ScorePart> parts = CoachingScore.parts(-3, 0, 0, 0, null, null);
        assertThat(parts.get(0).points()).isZero();
        assertThat(parts.get(4).value()).isEqualTo(90);
        assertThat(CoachingScore.total(parts)).isCloseTo(9.0, within(1e-9));
        assertThat(CoachingScore.parts(0, 0, 0, 0, 400L, null).get(4).points()).isCloseTo(9.0, within(1e-9));
    }

    @Test
    void the_strain_part_appears_only_when_it_is_shared() {
        assertThat(CoachingScore.parts(0, 0, 0, 0, 0L, null)).extracting(ScorePart::kind)
                .doesNotContain(ScorePart.Kind.STRAIN);
        assertThat(CoachingScore.parts(0, 0, 0, 0, 0L, true)).last()
                .satisfies(p -> assertThat(p.points()).isEqualTo(5.0));
        assertThat(CoachingScore.parts(0, 0, 0, 0, 0L, false)).last()
                .satisfies(p -> assertThat(p.points()).isZero());
    }
}
