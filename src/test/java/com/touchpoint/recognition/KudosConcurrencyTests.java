package com.touchpoint.recognition;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Allowances and the daily limit hold when kudos are given at the same moment, on MariaDB. */
@TouchpointTest
class KudosConcurrencyTests {

    @Autowired
    KudosGiving recognition;
    @Autowired
    RecognitionFeeds feeds;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    private TestStaff.Member member() {
        return TestStaff.newMember(directory, accounts, "HOTLINE_AGENT", "T-EAST-2");
    }

    /** Runs the attempts at once and returns how many succeeded; refusals must be the named rule. */
    private int atOnce(List<Callable<KudosView>> attempts, String expectedRefusal) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<KudosView>> results = new ArrayList<>();
            for (Callable<KudosView> attempt : attempts) {
                results.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<KudosView> result : results) {
                try {
                    result.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo(expectedRefusal));
                }
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<KudosView> kudos(TestStaff.Member from, TestStaff.Member to, int points) {
        return () -> from.act(() -> recognition.give(new KudosRequest(to.staffId(), "TEAMWORK", "同时点赞", points)));
    }

    @Test
    void one_giver_twice_at_once_never_overspends_the_allowance() throws Exception {
        TestStaff.Member giver = member();
        TestStaff.Member a = member();
        TestStaff.Member b = member();
        giver.act(() -> recognition.give(new KudosRequest(a.staffId(), "TEAMWORK", "先送一次", 50)));
        for (int round = 0; round < 3; round++) {
            // 50 points left at most: two kudos of 30 cannot both fit
            int succeeded = atOnce(List.of(kudos(giver, a, 30), kudos(giver, b, 30)), "recognition.kudos.over-allowance");
            AllowanceStatus allowance = giver.act(() -> recognition.myAllowance());
            assertThat(allowance.spent()).isLessThanOrEqualTo(100);
            if (round == 0) {
                assertThat(succeeded).isEqualTo(1);
                assertThat(allowance.spent()).isEqualTo(80);
            } else {
                assertThat(succeeded).isZero();
            }
        }
    }

    @Test
    void one_giver_at_once_never_passes_the_daily_limit() throws Exception {
        TestStaff.Member giver = member();
        TestStaff.Member receiver = member();
        List<Callable<KudosView>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(kudos(giver, receiver, 5));
        }
        assertThat(atOnce(six, "recognition.kudos.daily-limit")).isEqualTo(5);
        AllowanceStatus allowance = giver.act(() -> recognition.myAllowance());
        assertThat(allowance.givenToday()).isEqualTo(5);
        assertThat(allowance.spent()).isEqualTo(25);
    }

    @Test
    void two_givers_at_once_to_the_same_colleague_both_succeed_within_their_own_allowances() throws Exception {
        TestStaff.Member first = member();
        TestStaff.Member second = member();
        TestStaff.Member receiver = member();
        assertThat(atOnce(List.of(kudos(first, receiver, 50), kudos(second, receiver, 50)), "none")).isEqualTo(2);
        assertThat(first.act(() -> recognition.myAllowance()).spent()).isEqualTo(50);
        assertThat(second.act(() -> recognition.myAllowance()).spent()).isEqualTo(50);
        YearMonth month = YearMonth.from(recognition.today());
        assertThat(receiver.act(() -> feeds.countedPoints(receiver.staffId(), month))).isEqualTo(100);
    }
}
