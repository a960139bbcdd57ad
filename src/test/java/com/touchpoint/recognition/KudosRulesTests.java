package com.touchpoint.recognition;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.notification.Notice;
import com.touchpoint.notification.NotificationCenter;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kudos rule with the wrong and the right case, in the service layer. */
@TouchpointTest
class KudosRulesTests {

    @Autowired
    KudosGiving recognition;
    @Autowired
    RecognitionFeeds feeds;
    @Autowired
    RecognitionValues values;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AllowanceStore allowances;
    @Autowired
    KudosRepository kudos;

    TestStaff.Member giver;
    TestStaff.Member receiver;

    @BeforeEach
    void colleagues() {
        giver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "赠予人");
        receiver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "接收人");
    }

    private KudosView give(TestStaff.Member from, TestStaff.Member to, int points) {
        return from.act(() -> recognition.give(new KudosRequest(to.staffId(), "TEAMWORK", "谢谢你的帮助", points)));
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("expected the service to refuse");
    }

    private YearMonth month() {
        return YearMonth.from(recognition.today());
    }

    @Test
    void a_kudos_spends_the_givers_allowance_reaches_the_receiver_and_is_stored_as_given() {
        KudosView given = give(giver, receiver, 15);
        assertThat(given.points()).isEqualTo(15);
        assertThat(given.giverName()).isEqualTo("赠予人");
        assertThat(given.receiverName()).isEqualTo("接收人");
        AllowanceStatus allowance = giver.act(() -> recognition.myAllowance());
        assertThat(allowance).isEqualTo(new AllowanceStatus(month().toString(), 100, 15, 85, 1, 5));
        assertThat(receiver.act(() -> feeds.received(receiver.staffId(), month())))
                .extracting(KudosView::id).containsExactly(given.id());
        List<Notice> notices = receiver.act(() -> notifications.recent(5));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.kudos.received");
            assertThat(n.args()).containsExactly("赠予人", "15");
        });
        assertThat(receiver.act(() -> feeds.feed(FeedScope.TEAM, 50))).extracting(i -> i.kudos() == null ? null : i.kudos().id())
                .contains(given.id());
    }

    @Test
    void nobody_gives_kudos_to_themselves() {
        assertThat(problems(() -> give(giver, giver, 10))).containsExactly("receiver:recognition.kudos.self");
        assertThat(giver.act(() -> recognition.myAllowance()).spent()).isZero();
    }

    @Test
    void points_must_be_five_to_fifty_in_steps_of_five() {
        assertThat(problems(() -> give(giver, receiver, 7))).containsExactly("points:recognition.kudos.bad-points");
        assertThat(problems(() -> give(giver, receiver, 0))).containsExactly("points:recognition.kudos.bad-points");
        assertThat(problems(() -> give(giver, receiver, 55))).containsExactly("points:recognition.kudos.bad-points");
        assertThat(give(giver, receiver, 5).points()).isEqualTo(5);
        assertThat(give(giver, receiver, 50).points()).isEqualTo(50);
    }

    @Test
    void the_message_is_required_and_at_most_500_characters_and_the_value_must_be_active() {
        String tooLong = "好".repeat(501);
        assertThat(problems(() -> giver.act(() -> recognition.give(new KudosRequest(receiver.staffId(), "TEAMWORK", tooLong, 10)))))
                .containsExactly("message:recognition.kudos.message-too-long");
        assertThat(problems(() -> giver.act(() -> recognition.give(new KudosRequest(receiver.staffId(), "TEAMWORK", "  ", 10)))))
                .containsExactly("message:validation.required");
        assertThat(give(giver, receiver, 10).message()).isEqualTo("谢谢你的帮助");
        assertThat(giver.act(() -> recognition.give(new KudosRequest(receiver.staffId(), "TEAMWORK", "好".repeat(500), 10)))
                .message()).hasSize(500);
        TestAccess.asAdmin(() -> values.save(new ValueTag("RETIRED_TEST", "已停用", "Retired", false, 99)));
        assertThat(problems(() -> giver.act(() -> recognition.give(new KudosRequest(receiver.staffId(), "RETIRED_TEST", "谢谢", 10)))))
                .containsExactly("value:recognition.kudos.unknown-value");
        assertThat(problems(() -> giver.act(() -> recognition.give(new KudosRequest(null, null, null, null)))))
                .containsExactly("receiver:validation.required", "value:recognition.kudos.unknown-value",
                        "message:validation.required", "points:recognition.kudos.bad-points");
    }

    @Test
    void the_monthly_allowance_cannot_be_overspent() {
        give(giver, receiver, 50);
        give(giver, receiver, 45);
        assertThat(problems(() -> give(giver, receiver, 10))).containsExactly("points:recognition.kudos.over-allowance");
        assertThat(give(giver, receiver, 5).points()).isEqualTo(5);
        assertThat(problems(() -> give(giver, receiver, 5))).containsExactly("points:recognition.kudos.over-allowance");
        assertThat(giver.act(() -> recognition.myAllowance()).remaining()).isZero();
    }

    @Test
    void at_most_five_kudos_a_day() {
        for (int i = 0; i < 5; i++) {
            give(giver, receiver, 5);
        }
        assertThat(problems(() -> give(giver, receiver, 5))).containsExactly("receiver:recognition.kudos.daily-limit");
        AllowanceStatus allowance = giver.act(() -> recognition.myAllowance());
        assertThat(allowance.givenToday()).isEqualTo(5);
        assertThat(allowance.spent()).isEqualTo(25);
    }

    @Test
    void one_colleagues_points_count_at_most_fifty_towards_the_bonus_and_the_excess_is_shown() {
        give(giver, receiver, 50);
        give(giver, receiver, 20);
        give(receiver, giver, 30);
        TestStaff.Member third = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "第三人");
        give(third, receiver, 10);

        List<GiverTotal> totals = receiver.act(() -> feeds.giverTotals(receiver.staffId(), month()));
        assertThat(totals).containsExactly(new GiverTotal(giver.staffId(), "赠予人", 70, 50),
                new GiverTotal(third.staffId(), "第三人", 10, 10));
        assertThat(totals.get(0).excess()).isEqualTo(20);
        assertThat(receiver.act(() -> feeds.countedPoints(receiver.staffId(), month()))).isEqualTo(60);
        assertThat(giver.act(() -> feeds.countedPoints(giver.staffId(), month()))).isEqualTo(30);
    }

    @Test
    void a_supervisor_hides_a_kudos_with_a_reason_and_the_points_return_to_the_giver() {
        KudosView kudos = give(giver, receiver, 40);
        assertThat(problems(() -> TestAccess.as("supervisor2", () -> recognition.hide(kudos.id(), " "),
                "ROLE_STAFF", "ROLE_SUPERVISOR"))).containsExactly("reason:recognition.kudos.hide-reason.required");
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> recognition.hide(kudos.id(), "不合适"),
                "ROLE_STAFF", "ROLE_SUPERVISOR")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> receiver.act(() -> recognition.hide(kudos.id(), "不合适")))
                .isInstanceOf(AccessDeniedException.class);

        KudosView hidden = TestAccess.as("supervisor2", () -> recognition.hide(kudos.id(), "内容与工作无关"),
                "ROLE_STAFF", "ROLE_SUPERVISOR");

        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.hiddenBy()).isEqualTo("supervisor2");
        assertThat(giver.act(() -> recognition.myAllowance()).spent()).isZero();
        assertThat(receiver.act(() -> feeds.received(receiver.staffId(), month()))).isEmpty();
        assertThat(receiver.act(() -> feeds.giverTotals(receiver.staffId(), month()))).isEmpty();
        assertThat(TestAccess.as("supervisor2", () -> feeds.received(receiver.staffId(), month()),
                "ROLE_STAFF", "ROLE_SUPERVISOR")).extracting(KudosView::hiddenReason).containsExactly("内容与工作无关");
        assertThat(giver.act(() -> notifications.recent(5))).extracting(Notice::messageKey)
                .containsExactly("notification.kudos.hidden");
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("Kudos", String.valueOf(kudos.id()))))
                .extracting(e -> e.getAction()).containsExactly("recognition.kudos.hide");
        assertThat(problems(() -> TestAccess.as("supervisor2", () -> recognition.hide(kudos.id(), "再次"),
                "ROLE_STAFF", "ROLE_SUPERVISOR"))).containsExactly("reason:recognition.kudos.already-hidden");
    }

    @Test
    void other_teams_and_colleagues_cannot_read_someones_recognition() {
        give(giver, receiver, 10);
        assertThatThrownBy(() -> giver.act(() -> feeds.received(receiver.staffId(), month())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> feeds.giverTotals(receiver.staffId(), month()),
                "ROLE_STAFF", "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        long team = TestAccess.asAdmin(() -> directory.ref(receiver.staffId())).orElseThrow().teamId();
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> feeds.ofTeam(team, month()),
                "ROLE_STAFF", "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThat(TestAccess.as("supervisor2", () -> feeds.ofTeam(team, month()), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isNotEmpty();
    }

    @Test
    void colleagues_to_choose_from_are_the_branch_without_oneself() {
        List<com.touchpoint.staff.StaffRef> colleagues = giver.act(() -> recognition.colleagues());
        assertThat(colleagues).extracting(com.touchpoint.staff.StaffRef::id)
                .contains(receiver.staffId()).doesNotContain(giver.staffId());
        assertThat(colleagues).extracting(com.touchpoint.staff.StaffRef::teamCode).allMatch(code -> code.startsWith("T-WEST-"));
    }

    @Test
    void allowances_reset_each_month_without_carrying_over_and_received_points_never_expire() {
        YearMonth lastMonth = month().minusMonths(1);
        allowances.lock(giver.staffId(), lastMonth, 100);
        allowances.spend(giver.staffId(), lastMonth, 100, lastMonth.atDay(3), 1);
        kudos.save(new Kudos(giver.staffId(), receiver.staffId(), "TEAMWORK", "上个月的点赞", 30, lastMonth.atDay(3),
                lastMonth.atDay(3).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));

        AllowanceStatus now = giver.act(() -> recognition.myAllowance());
        assertThat(now.granted()).isEqualTo(100);
        assertThat(now.remaining()).isEqualTo(100);
        assertThat(give(giver, receiver, 50).points()).isEqualTo(50);
        assertThat(receiver.act(() -> feeds.countedPoints(receiver.staffId(), lastMonth))).isEqualTo(30);
        assertThat(receiver.act(() -> feeds.countedPoints(receiver.staffId(), month()))).isEqualTo(50);
    }

    @Test
    void the_feed_scopes_are_my_team_my_branch_and_everyone() {
        KudosView given = give(giver, receiver, 5);
        TestStaff.Member westNeighbour = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-3");
        TestStaff.Member east = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-EAST-3");
        java.util.function.Function<List<FeedItem>, List<Long>> ids = items -> items.stream()
                .filter(i -> !i.isPraise()).map(i -> i.kudos().id()).toList();

        assertThat(ids.apply(receiver.act(() -> feeds.feed(FeedScope.TEAM, 20)))).contains(given.id());
        assertThat(ids.apply(westNeighbour.act(() -> feeds.feed(FeedScope.TEAM, 200)))).doesNotContain(given.id());
        assertThat(ids.apply(westNeighbour.act(() -> feeds.feed(FeedScope.BRANCH, 20)))).contains(given.id());
        assertThat(ids.apply(east.act(() -> feeds.feed(FeedScope.BRANCH, 200)))).doesNotContain(given.id());
        assertThat(ids.apply(east.act(() -> feeds.feed(FeedScope.EVERYONE, 20)))).contains(given.id());
        assertThat(east.act(() -> feeds.feed(FeedScope.EVERYONE, 3))).hasSize(3);
    }
}
