package com.touchpoint.coaching;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.emotion.CheckInRequest;
import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.Moment;
import com.touchpoint.emotion.MoodConsent;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static com.touchpoint.coaching.CoachingFixtures.asHr;
import static com.touchpoint.coaching.CoachingFixtures.asQuality;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Mood evidence in coaching comes only with the staff member's consent to share with their supervisor: then the
 * strain signal adds its part to "who may need coaching" and the session evidence has a mood section; without it,
 * and for HR, QUALITY and ADMIN, there is nothing. Two members of a new team check in the same low mood for two days
 * nine and eight days ago (so the weeks are over by the session), with a note; only one of them shares.
 */
@TouchpointTest
class MoodEvidenceTests {

    private static final String NOTE = "家里有事，心情不好";

    @Autowired
    MoodSignals mood;
    @Autowired
    CoachingCandidates candidates;
    @Autowired
    CoachingEvidence evidence;
    @Autowired
    CoachingSessions sessions;
    @Autowired
    CheckIns checkIns;
    @Autowired
    MoodConsent consent;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;
    @Autowired
    MutableClock clock;

    String coach;
    long teamId;
    TestStaff.Member sharing;
    TestStaff.Member keeping;

    @BeforeEach
    void aTeamWhereOneOfTwoShares() {
        String code = "T-WEST-MO" + UUID.randomUUID().toString().substring(0, 6);
        teamId = TestAccess.asAdmin(() -> org.save(new OrgUnitChange(code, "心情测试班", OrgUnitKind.TEAM, "BR-WEST"))).id();
        sharing = TestStaff.newMember(directory, accounts, "SHOP_SALES", code, "分享的员工");
        keeping = TestStaff.newMember(directory, accounts, "SHOP_SALES", code, "不分享的员工");
        coach = "coach" + UUID.randomUUID().toString().substring(0, 8);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(coach, "心情班组长", "Coach#2026x", null,
                Set.of(Role.SUPERVISOR), Set.of(teamId), true)));
        Instant now = Instant.now();
        for (int daysAgo : new int[]{9, 8}) {
            clock.set(now.minus(Duration.ofDays(daysAgo)));
            lowCheckIns(sharing);
            lowCheckIns(keeping);
        }
        clock.set(now);
        sharing.act(() -> consent.setMine(true));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void lowCheckIns(TestStaff.Member member) {
        LocalDate day = time.today();
        for (Moment moment : Moment.values()) {
            member.act(() -> checkIns.save(new CheckInRequest(member.staffId(), day, moment, 1, 5, Set.of(), NOTE)));
        }
    }

    private <T> T asCoach(Supplier<T> action) {
        return TestAccess.as(coach, action, "ROLE_SUPERVISOR");
    }

    private long sessionWith(TestStaff.Member member) {
        return asCoach(() -> sessions.schedule(request(member.staffId(),
                LocalDateTime.now(clock.withZone(time.zone())).withNano(0), "PROMISE"))).id();
    }

    private CoachingCandidate candidate(long staffId) {
        return asCoach(() -> candidates.forTeam(teamId)).stream().filter(c -> c.staffId() == staffId).findFirst()
                .orElseThrow();
    }

    @Test
    void a_member_who_shares_adds_the_strain_part_and_a_mood_section_without_notes() {
        CoachingCandidate shared = candidate(sharing.staffId());
        assertThat(shared.parts()).filteredOn(p -> p.kind() == ScorePart.Kind.STRAIN).singleElement()
                .satisfies(p -> {
                    assertThat(p.value()).isEqualTo(1);
                    assertThat(p.points()).isEqualTo(5.0);
                });
        assertThat(shared.score()).isCloseTo(shared.parts().stream().mapToDouble(ScorePart::points).sum(),
                within(1e-9));
        // the two members differ only in consent: the strain part is the whole difference
        assertThat(shared.score() - candidate(keeping.staffId()).score()).isCloseTo(5.0, within(1e-9));

        long sessionId = sessionWith(sharing);
        SessionEvidence shown = asCoach(() -> evidence.forSession(sessionId));
        assertThat(shown.strainReasons()).containsExactly("LOW_MOOD");
        assertThat(shown.moodTrend()).isNotNull();
        assertThat(shown.moodTrend().stream().mapToInt(MoodSignals.WeeklyMood::checkIns).sum()).isEqualTo(4);
        assertThat(shown.moodTrend()).filteredOn(w -> w.checkIns() > 0)
                .allSatisfy(w -> assertThat(w.meanMood()).isEqualTo(1.0));
        assertThat(shown.moodTrend()).allSatisfy(w -> assertThat(w.weekStart()).isBefore(shown.asOf()));
        assertThat(shown.toString()).doesNotContain(NOTE);
        assertThat(sharing.act(() -> evidence.forSession(sessionId)).strainReasons())
                .as("the staff member sees what their coach sees").containsExactly("LOW_MOOD");
    }

    @Test
    void a_member_who_does_not_share_gives_no_strain_part_and_no_mood_section() {
        assertThat(candidate(keeping.staffId()).parts()).extracting(ScorePart::kind)
                .doesNotContain(ScorePart.Kind.STRAIN);
        long sessionId = sessionWith(keeping);
        SessionEvidence shown = asCoach(() -> evidence.forSession(sessionId));
        assertThat(shown.strainReasons()).isNull();
        assertThat(shown.moodTrend()).isNull();
        assertThat(asCoach(() -> mood.strainReasons(keeping.staffId()))).isEmpty();
        assertThat(asCoach(() -> mood.moodTrend(keeping.staffId(), time.today()))).isEmpty();
    }

    @Test
    void revoking_consent_takes_the_mood_away_at_once() {
        assertThat(asCoach(() -> mood.strainReasons(sharing.staffId()))).contains(List.of("LOW_MOOD"));
        sharing.act(() -> consent.setMine(false));

        assertThat(asCoach(() -> mood.strainReasons(sharing.staffId()))).isEmpty();
        assertThat(candidate(sharing.staffId()).parts()).extracting(ScorePart::kind)
                .doesNotContain(ScorePart.Kind.STRAIN);
    }

    @Test
    void hr_quality_and_admin_get_nothing_even_of_a_member_who_shares() {
        LocalDate today = time.today();
        for (Supplier<Object> nothing : List.<Supplier<Object>>of(
                () -> asHr(() -> mood.strainReasons(sharing.staffId())),
                () -> asHr(() -> mood.moodTrend(sharing.staffId(), today)),
                () -> asQuality(() -> mood.strainReasons(sharing.staffId())),
                () -> asQuality(() -> mood.moodTrend(sharing.staffId(), today)),
                () -> TestAccess.asAdmin(() -> mood.strainReasons(sharing.staffId())),
                () -> TestAccess.asAdmin(() -> mood.moodTrend(sharing.staffId(), today)))) {
            assertThat(nothing.get()).isEqualTo(java.util.Optional.empty());
        }
        assertThat(asCoach(() -> mood.strainReasons(sharing.staffId()))).as("while the coach does")
                .contains(List.of("LOW_MOOD"));
    }
}
