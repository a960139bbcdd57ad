package com.touchpoint.recognition;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFilter;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.CallbackSummary;
import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.shared.Band;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Badges, leaderboards, concentration flags and customer praise, on months no other test uses (2019). */
@TouchpointTest
class RecognitionFiguresTests {

    @Autowired
    Badges badges;
    @Autowired
    Leaderboards leaderboards;
    @Autowired
    ConcentrationFlags flags;
    @Autowired
    RecognitionFeeds feeds;
    @Autowired
    CustomerPraise praise;
    @Autowired
    KudosRepository kudos;
    @Autowired
    CallbackIntake intake;
    @Autowired
    CallbackQueries callbacks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    org.quartz.Scheduler scheduler;

    private TestStaff.Member member(String post, String team, String name) {
        return TestStaff.newMember(directory, accounts, post, team, name);
    }

    private void kudos(TestStaff.Member from, TestStaff.Member to, int points, LocalDate day) {
        kudos.save(new Kudos(from.staffId(), to.staffId(), "TEAMWORK", "历史点赞", points, day,
                day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    private void callbacks(TestStaff.Member m, YearMonth month, int count, int answer) {
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = month.atDay(1 + i);
            records.add(CallbackFixtures.completed(m.employeeNo(), day.toString(), day.plusDays(1).toString(),
                    CallbackFixtures.answers("ATTITUDE", answer, "EFFICIENCY", answer, "PROFESSIONAL", answer,
                            "PROMISE", answer, "RESOLUTION", answer, "OVERALL", answer * 2)));
        }
        CallbackFixtures.ingestAsQuality(intake, records);
    }

    private StaffIndicators figures(TestStaff.Member m, YearMonth month) {
        return TestAccess.asAdmin(() -> indicators.forStaff(m.staffId(), Period.of(month)));
    }

    @Test
    void monthly_badges_go_to_the_best_the_most_improved_and_the_most_recognised_once_per_month() throws Exception {
        YearMonth june = YearMonth.of(2019, 6);
        YearMonth may = june.minusMonths(1);
        TestStaff.Member riser = member("FIELD_ENGINEER", "T-NORTH-3", "进步者");
        TestStaff.Member steady = member("FIELD_ENGINEER", "T-NORTH-3", "稳定者");
        TestStaff.Member fewCallbacks = member("FIELD_ENGINEER", "T-NORTH-3", "样本少");
        callbacks(riser, may, 12, 3);
        callbacks(riser, june, 12, 5);
        callbacks(steady, may, 12, 4);
        callbacks(steady, june, 12, 4);
        callbacks(fewCallbacks, june, 5, 5);
        for (TestStaff.Member giver : List.of(member("SHOP_SALES", "T-NORTH-3", "甲"), member("SHOP_SALES", "T-NORTH-3", "乙"),
                member("SHOP_SALES", "T-NORTH-3", "丙"))) {
            kudos(giver, steady, 10, june.atDay(5));
        }
        kudos(riser, steady, 10, june.atDay(6));
        kudos(steady, riser, 10, june.atDay(6));

        List<Badge> awarded = TestAccess.asAdmin(() -> badges.award(june));

        BigDecimal riserJune = BigDecimal.valueOf(figures(riser, june).adjustedIndex()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal riserMay = BigDecimal.valueOf(figures(riser, may).adjustedIndex()).setScale(2, RoundingMode.HALF_UP);
        assertThat(awarded).extracting(Badge::staffId, Badge::kind, Badge::postCode, Badge::figure, Badge::previous, Badge::sampleSize)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(riser.staffId(), BadgeKind.SERVICE_STAR, "FIELD_ENGINEER", riserJune, null, 12),
                        org.assertj.core.groups.Tuple.tuple(riser.staffId(), BadgeKind.PROGRESS_STAR, "FIELD_ENGINEER", riserJune, riserMay, 12),
                        org.assertj.core.groups.Tuple.tuple(steady.staffId(), BadgeKind.PARTNER_STAR, null, new BigDecimal("4"), null, null),
                        // every June callback of the riser has the top overall score and a comment: customer praise
                        org.assertj.core.groups.Tuple.tuple(riser.staffId(), BadgeKind.CUSTOMER_STAR, "FIELD_ENGINEER", new BigDecimal("12"), null, null));
        assertThat(TestAccess.asAdmin(() -> badges.award(june))).isEmpty();
        assertThat(TestAccess.asAdmin(() -> badges.ofMonth(june))).hasSize(4);
        assertThat(riser.act(() -> badges.ofStaff(riser.staffId()))).extracting(Badge::kind)
                .containsExactlyInAnyOrder(BadgeKind.SERVICE_STAR, BadgeKind.PROGRESS_STAR, BadgeKind.CUSTOMER_STAR);
        assertThatThrownBy(() -> riser.act(() -> badges.ofStaff(steady.staffId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> riser.act(() -> badges.award(june.plusMonths(1)))).isInstanceOf(AccessDeniedException.class);

        var trigger = (org.quartz.CronTrigger) scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("monthly-badges", "recognition"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 7 3 * ?");
    }

    @Test
    void leaderboards_show_ranks_only_in_the_top_band_and_leave_out_who_opted_out() {
        YearMonth august = YearMonth.of(2019, 8);
        List<TestStaff.Member> ranked = new ArrayList<>();
        TestStaff.Member giver = member("SHOP_SALES", "T-NORTH-4", "给分人");
        for (int i = 0; i < 10; i++) {
            TestStaff.Member m = member("SERVICE_CONSULTANT", "T-NORTH-4", "顾问" + (char) ('A' + i));
            kudos(giver, m, 50 - 5 * i, august.atDay(3));
            ranked.add(m);
        }
        kudos(giver, ranked.get(0), 30, august.atDay(4));
        ranked.get(1).act(() -> {
            leaderboards.setMyOptOut(true);
            return null;
        });

        Leaderboard board = ranked.get(7).act(() -> leaderboards.board("SERVICE_CONSULTANT", august, LeaderboardMetric.KUDOS_POINTS));

        assertThat(board.ranked()).isEqualTo(10);
        assertThat(board.top()).singleElement().satisfies(l -> {
            assertThat(l.rank()).isEqualTo(1);
            assertThat(l.name()).isEqualTo("顾问A");
            assertThat(l.value()).isEqualByComparingTo("50");
        });
        assertThat(board.top25()).containsExactly("顾问C");
        assertThat(board.top50()).containsExactly("顾问D", "顾问E");
        assertThat(board.myBand()).isEqualTo(Band.REST);
        assertThat(ranked.get(1).act(() -> leaderboards.board("SERVICE_CONSULTANT", august, LeaderboardMetric.KUDOS_POINTS))
                .myBand()).isEqualTo(Band.TOP_25);
        assertThat(ranked.get(1).act(() -> leaderboards.myOptOut())).isTrue();
    }

    @Test
    void the_satisfaction_board_needs_the_minimum_sample() {
        YearMonth month = YearMonth.of(2019, 10);
        TestStaff.Member enough = member("FRONT_DESK_LEAD", "T-NORTH-4", "样本够");
        TestStaff.Member few = member("FRONT_DESK_LEAD", "T-NORTH-4", "样本不够");
        callbacks(enough, month, 10, 4);
        callbacks(few, month, 9, 5);
        Leaderboard board = few.act(() -> leaderboards.board("FRONT_DESK_LEAD", month, LeaderboardMetric.ADJUSTED_INDEX));
        assertThat(board.ranked()).isEqualTo(1);
        assertThat(board.top()).extracting(Leaderboard.Leader::name).containsExactly("样本够");
        assertThat(board.myBand()).isEqualTo(Band.NOT_RANKED);
    }

    @Test
    void concentrated_givers_and_reciprocal_pairs_are_flagged_to_the_supervisor() {
        YearMonth march = YearMonth.of(2019, 3);
        YearMonth february = march.minusMonths(1);
        TestStaff.Member concentrated = member("SHOP_SALES", "T-NORTH-2", "集中给分");
        TestStaff.Member favourite = member("SHOP_SALES", "T-NORTH-2", "受偏爱");
        TestStaff.Member other = member("SHOP_SALES", "T-NORTH-2", "其他人");
        TestStaff.Member p = member("SHOP_SALES", "T-NORTH-2", "互赞甲");
        TestStaff.Member q = member("SHOP_SALES", "T-NORTH-2", "互赞乙");
        TestStaff.Member even = member("SHOP_SALES", "T-NORTH-2", "均匀给分");
        TestStaff.Member once = member("SHOP_SALES", "T-NORTH-2", "只一个月");
        for (YearMonth month : List.of(february, march)) {
            kudos(concentrated, favourite, 40, month.atDay(10));
            kudos(concentrated, other, 10, month.atDay(11));
        }
        kudos(p, q, 30, march.atDay(5));
        kudos(q, p, 30, march.atDay(6));
        kudos(p, other, 5, march.atDay(7));
        kudos(q, other, 5, march.atDay(7));
        kudos(even, favourite, 20, march.atDay(8));
        kudos(even, other, 20, march.atDay(8));
        kudos(even, p, 20, march.atDay(8));
        kudos(once, favourite, 40, march.atDay(9));
        long team = TestAccess.asAdmin(() -> directory.ref(p.staffId())).orElseThrow().teamId();

        List<ConcentrationFlag> found = TestAccess.as("supervisor10", () -> flags.ofTeam(team, march),
                "ROLE_STAFF", "ROLE_SUPERVISOR");

        assertThat(found).extracting(ConcentrationFlag::kind, ConcentrationFlag::firstId, ConcentrationFlag::secondId,
                ConcentrationFlag::shares).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ConcentrationFlag.Kind.CONCENTRATED_GIVER, concentrated.staffId(),
                        favourite.staffId(), List.of(80, 80)),
                org.assertj.core.groups.Tuple.tuple(ConcentrationFlag.Kind.RECIPROCAL_PAIR, Math.min(p.staffId(), q.staffId()),
                        Math.max(p.staffId(), q.staffId()), List.of(86, 86)));
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> flags.ofTeam(team, march), "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.act(() -> flags.ofTeam(team, march))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_top_score_with_a_comment_or_a_quality_mark_is_customer_praise_in_the_team_feed() {
        TestStaff.Member m = member("FIELD_ENGINEER", "T-NORTH-3", "被表扬");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Integer> top = CallbackFixtures.answers("ATTITUDE", 5, "EFFICIENCY", 5, "PROFESSIONAL", 5,
                "PROMISE", 5, "RESOLUTION", 5, "OVERALL", 10);
        Map<String, Integer> nine = CallbackFixtures.answers("ATTITUDE", 5, "OVERALL", 9);
        CallbackFixtures.ingestAsQuality(intake, List.of(
                record(m, today, top, "师傅非常专业,一次修好"),
                record(m, today, top, null),
                record(m, today, nine, "还不错")));
        List<CallbackSummary> stored = TestAccess.asAdmin(() -> callbacks.forStaff(m.staffId(), new CallbackFilter(null, null, null), 0, 10));
        long withComment = idOf(stored, "师傅非常专业,一次修好");
        long nineWithComment = idOf(stored, "还不错");
        LocalDate day = LocalDate.parse(today);

        assertThat(m.act(() -> praise.ofStaff(m.staffId(), day, day))).extracting(p -> p.callbackId()).containsExactly(withComment);
        assertThatThrownBy(() -> m.act(() -> {
            praise.mark(nineWithComment, true);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        TestAccess.as("quality1", () -> {
            praise.mark(nineWithComment, true);
            return null;
        }, "ROLE_QUALITY");
        assertThat(m.act(() -> praise.ofStaff(m.staffId(), day, day))).extracting(p -> p.callbackId())
                .containsExactlyInAnyOrder(withComment, nineWithComment);
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> {
            praise.mark(-1, true);
            return null;
        }, "ROLE_QUALITY")).isInstanceOf(NotFoundException.class);
        assertThat(m.act(() -> feeds.feed(FeedScope.TEAM, 20))).filteredOn(FeedItem::isPraise)
                .extracting(i -> i.praise().callbackId()).contains(withComment, nineWithComment);
    }

    private static CallbackRecord record(TestStaff.Member m, String day, Map<String, Integer> answers, String comment) {
        return new CallbackRecord(CallbackFixtures.externalId(), m.employeeNo(), day, day, "REPAIR", "ONSITE", "MASS",
                "COMPLETED", "STANDARD-2026", answers, false, comment);
    }

    private static long idOf(List<CallbackSummary> stored, String comment) {
        return stored.stream().filter(c -> comment.equals(c.comment())).findFirst().orElseThrow().id();
    }
}
