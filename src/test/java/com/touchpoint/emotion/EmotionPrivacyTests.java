package com.touchpoint.emotion;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every rule of EMOTION.md's "who sees what", in the service layer, with the wrong viewer refused. */
@TouchpointTest
class EmotionPrivacyTests {

    static final String NOTE = "和家里吵架了，心里很乱";

    @Autowired
    CheckIns checkIns;
    @Autowired
    MoodConsent consent;
    @Autowired
    PersonalMood personal;
    @Autowired
    TeamClimate climate;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    OperatorTime time;
    @Autowired
    MutableClock clock;

    MoodTeam team;
    MoodTeam otherTeam;
    TestStaff.Member anna;

    @BeforeEach
    void teams() {
        team = MoodTeam.create(org, directory, accounts, 6);
        otherTeam = MoodTeam.create(org, directory, accounts, 1);
        anna = team.member(0);
        checkIn(anna, 2, 4, NOTE);
    }

    private OwnCheckIn checkIn(TestStaff.Member member, int mood, int stress, String note) {
        return member.act(() -> checkIns.save(new CheckInRequest(member.staffId(), time.today(), Moment.SHIFT_START,
                mood, stress, Set.of(MoodTag.WORKLOAD), note)));
    }

    private void share(TestStaff.Member member, boolean shared) {
        member.act(() -> consent.setMine(shared));
    }

    @Test
    void staff_see_all_of_their_own_check_ins_with_their_notes() {
        MoodOverview mine = anna.act(() -> personal.overview(anna.staffId()));
        assertThat(mine.checkIns()).extracting(MoodPoint::mood).containsExactly(2);
        List<OwnCheckIn> own = anna.act(() -> checkIns.mine(personal.recentPeriod()));
        assertThat(own).extracting(OwnCheckIn::note).containsExactly(NOTE);
    }

    @Test
    void a_colleague_is_refused_even_when_the_person_shares_with_the_supervisor() {
        share(anna, true);
        TestStaff.Member colleague = team.member(1);
        assertThatThrownBy(() -> colleague.act(() -> personal.overview(anna.staffId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_teams_supervisor_is_refused_even_with_consent() {
        share(anna, true);
        assertThatThrownBy(() -> otherTeam.asSupervisor(() -> personal.overview(anna.staffId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> otherTeam.asSupervisor(() -> personal.sharingMembers(team.teamId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_own_supervisor_is_refused_without_consent_allowed_with_it_and_refused_again_after_revoking() {
        assertThatThrownBy(() -> team.asSupervisor(() -> personal.overview(anna.staffId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(team.asSupervisor(() -> personal.sharingMembers(team.teamId()))).isEmpty();

        share(anna, true);
        MoodOverview shared = team.asSupervisor(() -> personal.overview(anna.staffId()));
        assertThat(shared.checkIns()).extracting(MoodPoint::mood, MoodPoint::stress).containsExactly(
                tuple(2, 4));
        assertThat(team.asSupervisor(() -> personal.sharingMembers(team.teamId())))
                .extracting(SharingMember::staffId).containsExactly(anna.staffId());

        share(anna, false);
        assertThatThrownBy(() -> team.asSupervisor(() -> personal.overview(anna.staffId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(team.asSupervisor(() -> personal.sharingMembers(team.teamId()))).isEmpty();
    }

    @Test
    void hr_quality_and_admin_asking_for_a_person_are_refused() {
        share(anna, true);
        for (String role : List.of("ROLE_HR", "ROLE_QUALITY", "ROLE_ADMIN")) {
            assertThatThrownBy(() -> TestAccess.as("hr1", () -> personal.overview(anna.staffId()), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void consent_changes_are_audited_and_only_real_changes() {
        share(anna, true);
        share(anna, true);
        share(anna, false);
        List<AuditLogEntry> history = TestAccess.asAdmin(() -> audit.historyOf("MoodConsent",
                String.valueOf(anna.staffId())));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getActor()).isEqualTo(anna.username());
        assertThat(history.get(0).getAfterState()).contains("true");
        assertThat(history.get(1).getAfterState()).contains("false");
    }

    @Test
    void a_note_never_leaves_its_author() {
        share(anna, true);
        MoodOverview shared = team.asSupervisor(() -> personal.overview(anna.staffId()));
        assertThat(shared.toString()).doesNotContain(NOTE);
        assertThat(Arrays.stream(MoodPoint.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("note");
        assertThat(Arrays.stream(MoodOverview.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("note");
        Period today = new Period(time.today(), time.today());
        assertThat(team.asSupervisor(() -> climate.climate(team.teamId(), today, Granularity.DAY)).toString())
                .doesNotContain(NOTE);
        // nothing about a check-in is written to the audit log
        List<AuditLogEntry> found = TestAccess.asAdmin(() -> audit.search(NOTE, PageRequest.of(0, 5)));
        assertThat(found)
                .isEmpty();
    }

    @Test
    void four_people_show_no_figure_and_five_do() {
        Period today = new Period(time.today(), time.today());
        for (int i = 1; i < 4; i++) {
            checkIn(team.member(i), 4, 2, null);
        }
        Climate four = team.asSupervisor(() -> climate.climate(team.teamId(), today, Granularity.DAY)).get(0);
        assertThat(four.suppressed()).isTrue();
        assertThat(four.participants()).isNull();
        assertThat(four.meanMood()).isNull();
        assertThat(four.tagCounts()).isEmpty();

        checkIn(team.member(4), 5, 1, null);
        Climate five = team.asSupervisor(() -> climate.climate(team.teamId(), today, Granularity.DAY)).get(0);
        assertThat(five.suppressed()).isFalse();
        assertThat(five.participants()).isEqualTo(5);
        assertThat(five.participation()).isEqualTo(500 / 6.0);
        assertThat(five.meanMood()).isEqualTo((2 + 4 + 4 + 4 + 5) / 5.0);
        assertThat(five.tagCounts()).containsEntry(MoodTag.WORKLOAD, 5L);
    }

    @Test
    void team_climate_is_for_the_teams_supervisor_and_hr_not_for_staff_or_another_supervisor() {
        Period today = new Period(time.today(), time.today());
        assertThatThrownBy(() -> anna.act(() -> climate.climate(team.teamId(), today, Granularity.DAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> otherTeam.asSupervisor(() -> climate.climate(team.teamId(), today, Granularity.DAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> otherTeam.asSupervisor(() -> climate.contagion(team.teamId(), today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.asSupervisor(() -> climate.acrossTeams(today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestAccess.as("hr1", () -> climate.climate(team.teamId(), today, Granularity.DAY), "ROLE_HR"))
                .hasSize(1);
        assertThat(TestAccess.as("hr1", () -> climate.acrossTeams(today), "ROLE_HR"))
                .extracting(TeamClimateRow::teamCode).contains(team.teamCode());
    }

    @Test
    void a_check_in_for_someone_else_is_refused() {
        TestStaff.Member colleague = team.member(1);
        assertThatThrownBy(() -> colleague.act(() -> checkIns.save(new CheckInRequest(anna.staffId(), time.today(),
                Moment.SHIFT_END, 5, 1, Set.of(), null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(anna.act(() -> checkIns.today(Moment.SHIFT_END))).isEmpty();
    }

    @Test
    void a_check_in_for_yesterday_is_refused_naming_the_work_date() {
        LocalDate yesterday = time.today().minusDays(1);
        assertThatThrownBy(() -> anna.act(() -> checkIns.save(new CheckInRequest(anna.staffId(), yesterday,
                Moment.SHIFT_END, 3, 3, Set.of(), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("workDate"));
    }

    @Test
    void bad_values_are_refused_naming_each_field_and_nothing_is_stored() {
        assertThatThrownBy(() -> anna.act(() -> checkIns.save(new CheckInRequest(anna.staffId(), time.today(),
                Moment.SHIFT_END, 0, 6, Set.of(), "x".repeat(501)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("mood", "stress", "note"));
        assertThat(anna.act(() -> checkIns.today(Moment.SHIFT_END))).isEmpty();
    }

    @Test
    void a_check_in_can_be_changed_until_the_end_of_its_work_date_in_the_operators_time_zone() {
        TestStaff.Member bob = team.member(1);
        ZonedDateTime lateEvening = LocalDate.of(2026, 3, 10).atTime(23, 59).atZone(time.zone());
        try {
            clock.set(lateEvening.minusHours(12).toInstant());
            LocalDate workDate = time.today();
            bob.act(() -> checkIns.save(new CheckInRequest(bob.staffId(), workDate, Moment.SHIFT_END, 2, 4,
                    Set.of(), null)));
            clock.set(lateEvening.toInstant());
            OwnCheckIn changed = bob.act(() -> checkIns.save(new CheckInRequest(bob.staffId(), workDate,
                    Moment.SHIFT_END, 4, 2, Set.of(MoodTag.SYSTEM), "改了")));
            assertThat(changed.point().mood()).isEqualTo(4);
            assertThat(changed.note()).isEqualTo("改了");

            clock.set(lateEvening.plusMinutes(2).toInstant());
            assertThatThrownBy(() -> bob.act(() -> checkIns.save(new CheckInRequest(bob.staffId(), workDate,
                    Moment.SHIFT_END, 1, 5, Set.of(), null)))).isInstanceOf(InvalidInputException.class);
            assertThat(bob.act(() -> checkIns.mine(new Period(workDate, workDate))))
                    .extracting(c -> c.point().mood()).containsExactly(4);
        } finally {
            clock.reset();
        }
    }
}
