package com.touchpoint.dashboard;

import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.CoachingCandidate;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.emotion.MoodConsent;
import com.touchpoint.emotion.PersonalMood;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cockpit never carries what its viewer may not see: another team's people or figures, a non-consenting
 * member's strain; and the service refuses anyone who does not coach the team, whatever page asks.
 */
@TouchpointTest
class CockpitLeakTests {

    static CockpitTeam data;

    @Autowired
    ApplicationContext context;
    @Autowired
    TeamCockpit cockpits;
    @Autowired
    PersonalMood mood;
    @Autowired
    MoodConsent consent;

    @BeforeEach
    void standOnThe18th() {
        if (data == null) {
            data = CockpitTeam.create(context);
        }
        data.standOnThe18th();
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    @Test
    void only_a_supervisor_of_the_team_gets_its_cockpit() {
        long teamId = data.team.id();
        assertThatThrownBy(() -> data.otherTeam.asSupervisor(() -> cockpits.of(teamId)))
                .as("another team's supervisor").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> cockpits.of(teamId), "ROLE_STAFF",
                "ROLE_SUPERVISOR")).as("a demo supervisor").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> cockpits.of(teamId), "ROLE_HR"))
                .as("HR sees every team but coaches none").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", () -> cockpits.of(teamId), "ROLE_QUALITY"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.weak.act(() -> cockpits.of(teamId)))
                .as("a member of the team").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.weak.act(() -> cockpits.myTeams())).isInstanceOf(AccessDeniedException.class);
        assertThat(data.team.asSupervisor(() -> cockpits.myTeams())).extracting(t -> t.id())
                .containsExactly(teamId);
    }

    @Test
    void another_teams_people_and_figures_never_show() {
        Cockpit cockpit = data.team.asSupervisor(() -> cockpits.of(data.team.id()));
        var others = data.otherTeam.memberIds();
        var ours = data.team.memberIds();
        assertThat(cockpit.rows()).extracting(CockpitRow::staffId).containsExactlyInAnyOrderElementsOf(ours);
        assertThat(cockpit.candidates()).extracting(CoachingCandidate::staffId).allMatch(ours::contains);
        assertThat(cockpit.upcoming()).extracting(SessionSummary::staffId).allMatch(ours::contains);
        var otherNumbers = data.otherTeam.members().stream().map(m -> m.employeeNo()).toList();
        assertThat(cockpit.rows()).extracting(CockpitRow::employeeNo).doesNotContainAnyElementsOf(otherNumbers);
        assertThat(cockpit.candidates()).extracting(CoachingCandidate::employeeNo)
                .doesNotContainAnyElementsOf(otherNumbers);
        assertThat(others).noneMatch(ours::contains);
        long ownCallbacks = cockpit.rows().stream().mapToLong(CockpitRow::callbacks).sum();
        assertThat(cockpit.trend().get(cockpit.trend().size() - 1).callbacks())
                .as("the other team's four callbacks of the month are not in the team trend").isEqualTo(ownCallbacks);
    }

    @Test
    void a_non_consenting_members_strain_is_never_in_the_cockpit() {
        assertThat(data.quiet.act(() -> mood.overview(data.quiet.staffId())).signals())
                .as("the member sees their own strain signal").isNotEmpty();
        Cockpit cockpit = data.team.asSupervisor(() -> cockpits.of(data.team.id()));
        CockpitRow quiet = cockpit.rows().stream().filter(r -> r.staffId() == data.quiet.staffId()).findFirst()
                .orElseThrow();
        assertThat(quiet.strain()).isNull();
        assertThat(quiet.strained()).isFalse();
        CoachingCandidate candidate = data.team.asSupervisor(() -> cockpits.of(data.team.id())).candidates().stream()
                .filter(c -> c.staffId() == data.quiet.staffId()).findFirst().orElse(null);
        if (candidate != null) {
            assertThat(candidate.parts()).noneMatch(p -> p.kind().name().equals("STRAIN"));
        }
    }

    @Test
    void revoking_consent_takes_the_strain_out_at_once() {
        try {
            data.weak.act(() -> consent.setMine(false));
            CockpitRow weak = data.team.asSupervisor(() -> cockpits.of(data.team.id())).rows().stream()
                    .filter(r -> r.staffId() == data.weak.staffId()).findFirst().orElseThrow();
            assertThat(weak.strain()).isNull();
        } finally {
            data.weak.act(() -> consent.setMine(true));
        }
        CockpitRow weak = data.team.asSupervisor(() -> cockpits.of(data.team.id())).rows().stream()
                .filter(r -> r.staffId() == data.weak.staffId()).findFirst().orElseThrow();
        assertThat(weak.strain()).containsExactly("LOW_MOOD");
    }
}
