package com.touchpoint.coaching;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDateTime;

import static com.touchpoint.coaching.CoachingFixtures.asHr;
import static com.touchpoint.coaching.CoachingFixtures.asQuality;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor1;
import static com.touchpoint.coaching.CoachingFixtures.asSupervisor2;
import static com.touchpoint.coaching.CoachingFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see and change a coaching session, refused in the service layer for every wrong viewer. */
@TouchpointTest
class CoachingAccessTests {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    CoachingActions actions;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OperatorTime time;

    TestStaff.Member member;
    TestStaff.Member colleague;
    long sessionId;

    @BeforeEach
    void aSessionWithNotes() {
        member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1", "面谈员工");
        colleague = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-1", "同组同事");
        LocalDateTime at = LocalDateTime.now(time.zone()).withNano(0).minusMinutes(5);
        sessionId = asSupervisor1(() -> sessions.schedule(request(member.staffId(), at, "PROMISE"))).id();
        asSupervisor1(() -> sessions.recordNotes(sessionId, "一起复盘了承诺兑现", "家里有事，近期多关心"));
    }

    @Test
    void the_coach_sees_shared_and_private_notes() {
        SessionDetails details = asSupervisor1(() -> sessions.details(sessionId));
        assertThat(details.coachView()).isTrue();
        assertThat(details.sharedNotes()).isEqualTo("一起复盘了承诺兑现");
        assertThat(details.privateNotes()).isEqualTo("家里有事，近期多关心");
        assertThat(details.focusItems()).containsExactly("PROMISE");
        assertThat(details.staffName()).isEqualTo("面谈员工");
    }

    @Test
    void the_staff_member_sees_the_shared_notes_but_never_the_private_ones() {
        SessionDetails details = member.act(() -> sessions.details(sessionId));
        assertThat(details.coachView()).isFalse();
        assertThat(details.sharedNotes()).isEqualTo("一起复盘了承诺兑现");
        assertThat(details.privateNotes()).isNull();
        assertThat(member.act(() -> sessions.mine())).extracting(SessionSummary::id).containsExactly(sessionId);
    }

    @Test
    void another_teams_supervisor_is_refused_the_session_by_id_and_cannot_schedule_with_the_member() {
        assertThatThrownBy(() -> asSupervisor2(() -> sessions.details(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asSupervisor2(() -> sessions.recordNotes(sessionId, "x", "y")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asSupervisor2(() -> sessions.schedule(request(member.staffId(),
                LocalDateTime.now(time.zone()).plusDays(1)))))
                .isInstanceOf(AccessDeniedException.class);
        long west1 = TestAccess.asAdmin(() -> directory.find(member.staffId())).orElseThrow().teamId();
        assertThatThrownBy(() -> asSupervisor2(() -> sessions.ofTeam(west1))).isInstanceOf(AccessDeniedException.class);
        assertThat(asSupervisor1(() -> sessions.ofTeam(west1))).extracting(SessionSummary::id).contains(sessionId);
    }

    @Test
    void a_colleague_cannot_read_or_add_to_someone_elses_session() {
        assertThatThrownBy(() -> colleague.act(() -> sessions.details(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> colleague.act(() -> sessions.addAgendaPoint(sessionId, "我也想说")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(colleague.act(() -> sessions.mine())).isEmpty();
        assertThat(asSupervisor1(() -> sessions.details(sessionId)).agenda()).isEmpty();
    }

    @Test
    void hr_and_quality_asking_for_the_notes_are_refused() {
        assertThatThrownBy(() -> asHr(() -> sessions.details(sessionId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asQuality(() -> sessions.details(sessionId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHr(() -> sessions.recordNotes(sessionId, "a", "b")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_staff_member_cannot_write_notes_hold_the_session_or_add_actions() {
        assertThatThrownBy(() -> member.act(() -> sessions.recordNotes(sessionId, "a", "b")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> member.act(() -> sessions.hold(sessionId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> member.act(() -> actions.add(sessionId, new ActionRequest(ActionOwner.STAFF, "自己加",
                time.today().plusDays(3), "PROMISE", null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_supervisor_does_not_coach_themselves() {
        long own = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10001")).id();
        assertThatThrownBy(() -> asSupervisor1(() -> sessions.schedule(request(own,
                LocalDateTime.now(time.zone()).plusDays(1))))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_staff_member_adds_agenda_points_before_and_acknowledges_after_the_session() {
        member.act(() -> sessions.addAgendaPoint(sessionId, "想聊聊排班"));
        assertThatThrownBy(() -> member.act(() -> sessions.acknowledge(sessionId, "好")))
                .isInstanceOf(InvalidInputException.class);
        asSupervisor1(() -> sessions.hold(sessionId));
        assertThat(member.act(() -> sessions.details(sessionId)).state()).isEqualTo(SessionState.HELD);
        assertThatThrownBy(() -> colleague.act(() -> sessions.acknowledge(sessionId, "替他确认")))
                .isInstanceOf(AccessDeniedException.class);
        SessionDetails acknowledged = member.act(() -> sessions.acknowledge(sessionId, "同意，下月再看"));
        assertThat(acknowledged.state()).isEqualTo(SessionState.ACKNOWLEDGED);
        assertThat(acknowledged.ackComment()).isEqualTo("同意，下月再看");
        assertThat(acknowledged.agenda()).extracting(SessionDetails.Entry::text).containsExactly("想聊聊排班");
    }

    @Test
    void a_finished_session_is_never_edited_only_amended_with_a_dated_addendum() {
        asSupervisor1(() -> sessions.hold(sessionId));
        assertThatThrownBy(() -> asSupervisor1(() -> sessions.recordNotes(sessionId, "改写", "改写")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> member.act(() -> sessions.addAgendaPoint(sessionId, "迟到的议题")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asSupervisor1(() -> actions.add(sessionId, new ActionRequest(ActionOwner.STAFF,
                "补一条", time.today().plusDays(3), "PROMISE", null)))).isInstanceOf(InvalidInputException.class);
        SessionDetails amended = asSupervisor1(() -> sessions.amend(sessionId, "补充：下周复查一次"));
        assertThat(amended.sharedNotes()).isEqualTo("一起复盘了承诺兑现");
        assertThat(amended.addenda()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("补充：下周复查一次");
            assertThat(a.author()).isEqualTo("supervisor1");
            assertThat(a.at()).isNotNull();
        });
        assertThatThrownBy(() -> colleague.act(() -> sessions.amend(sessionId, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_names_each_field_and_stores_nothing() {
        int before = asSupervisor1(() -> sessions.ofTeam(teamOf(member))).size();
        assertThatThrownBy(() -> asSupervisor1(() -> sessions.schedule(new SessionRequest(member.staffId(), null,
                null, java.util.List.of("NOPE", "PROMISE", "ATTITUDE", "EFFICIENCY")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("scheduledAt", "type", "focusItems", "focusItems"));
        assertThat(asSupervisor1(() -> sessions.ofTeam(teamOf(member)))).hasSize(before);
    }

    private long teamOf(TestStaff.Member m) {
        return TestAccess.asAdmin(() -> directory.find(m.staffId())).orElseThrow().teamId();
    }
}
