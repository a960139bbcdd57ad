package com.touchpoint.coaching;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static com.touchpoint.coaching.CoachingFixtures.asHr;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor1;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor2;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The before/after check on a hand-computed case. Session on day d = today − 40.
 * PROMISE (five-point, (v − 1) / 4 × 100): before [d−30, d−1] six answers of 3 (50) and four of 4 (75), mean
 * (6·50 + 4·75) / 10 = 60; after [d, d+29] five of 4 (75) and five of 5 (100), mean 87.5; difference +27.5.
 * ATTITUDE: ten answers of 4 before (mean 75) but only four after, below the minimum sample of 10.
 */
@TouchpointTest
class CoachingOutcomeTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingOutcomes outcomes;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;

    @Test
    void focus_items_are_compared_over_thirty_days_before_and_from_the_session_with_both_samples() {
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1");
        LocalDate today = time.today();
        LocalDate d = today.minusDays(40);
        var data = new CoachingTestData(member.employeeNo());
        for (int i = 0; i < 10; i++) {
            data.completed(d.minusDays(1 + i * 3L), answers("PROMISE", i < 6 ? 3 : 4, "ATTITUDE", 4));
        }
        for (int i = 0; i < 10; i++) {
            var after = i < 4 ? answers("PROMISE", i % 2 == 0 ? 4 : 5, "ATTITUDE", 2)
                    : answers("PROMISE", i % 2 == 0 ? 4 : 5);
            data.completed(d.plusDays(i * 3L), after);
        }
        // outside both windows: must not count
        data.completed(d.minusDays(31), answers("PROMISE", 1));
        data.completed(d.plusDays(30), answers("PROMISE", 1));
        data.deliver(intake);

        long sessionId = asSupervisor1(() -> sessions.schedule(request(member.staffId(), d.atTime(10, 0),
                "PROMISE", "ATTITUDE"))).id();
        List<FocusOutcome> result = asSupervisor1(() -> outcomes.forSession(sessionId));

        assertThat(result).hasSize(2);
        FocusOutcome promise = result.get(0);
        assertThat(promise.itemCode()).isEqualTo("PROMISE");
        assertThat(promise.before().from()).isEqualTo(d.minusDays(30));
        assertThat(promise.before().to()).isEqualTo(d.minusDays(1));
        assertThat(promise.after().from()).isEqualTo(d);
        assertThat(promise.after().to()).isEqualTo(d.plusDays(29));
        assertThat(promise.beforeAnswers()).isEqualTo(10);
        assertThat(promise.beforeMean()).isCloseTo(60.0, within(1e-9));
        assertThat(promise.afterAnswers()).isEqualTo(10);
        assertThat(promise.afterMean()).isCloseTo(87.5, within(1e-9));
        assertThat(promise.difference()).isCloseTo(27.5, within(1e-9));
        assertThat(promise.status()).isEqualTo(FocusOutcome.Status.IMPROVED);

        FocusOutcome attitude = result.get(1);
        assertThat(attitude.beforeAnswers()).isEqualTo(10);
        assertThat(attitude.beforeMean()).isCloseTo(75.0, within(1e-9));
        assertThat(attitude.afterAnswers()).isEqualTo(4);
        assertThat(attitude.afterMean()).isCloseTo(25.0, within(1e-9));
        assertThat(attitude.difference()).isNull();
        assertThat(attitude.status()).isEqualTo(FocusOutcome.Status.INSUFFICIENT_SAMPLE);

        assertThat(member.act(() -> outcomes.forSession(sessionId))).extracting(FocusOutcome::status)
                .containsExactly(FocusOutcome.Status.IMPROVED, FocusOutcome.Status.INSUFFICIENT_SAMPLE);
        assertThatThrownBy(() -> asSupervisor2(() -> outcomes.forSession(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr(() -> outcomes.forSession(sessionId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_check_is_too_early_until_thirty_days_have_passed() {
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1");
        LocalDate today = time.today();
        long day29 = asSupervisor1(() -> sessions.schedule(request(member.staffId(), today.minusDays(29).atTime(9, 0),
                "PROMISE"))).id();
        long day30 = asSupervisor1(() -> sessions.schedule(request(member.staffId(), today.minusDays(30).atTime(9, 0),
                "PROMISE"))).id();
        assertThat(asSupervisor1(() -> outcomes.forSession(day29))).extracting(FocusOutcome::status)
                .containsExactly(FocusOutcome.Status.TOO_EARLY);
        assertThat(asSupervisor1(() -> outcomes.forSession(day30))).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(FocusOutcome.Status.INSUFFICIENT_SAMPLE);
            assertThat(o.beforeAnswers()).isZero();
            assertThat(o.beforeMean()).isNull();
        });
    }
}
