package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static com.touchpoint.satisfaction.CallbackFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Callback scores one callback at a time, read by the indicators' access rule. May 2021 in T-NORTH-2 is this class's. */
@TouchpointTest
class CallbackScoresTests {

    static final Period MAY = Period.of(YearMonth.of(2021, 5));

    @Autowired
    CallbackScores scores;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;

    long staffId;
    long teamId;

    @BeforeEach
    void callbacks() {
        String employeeNo = CallbackFixtures.newStaff(directory, "SHOP_SALES", "T-NORTH-2");
        staffId = TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo).id());
        teamId = TestAccess.asAdmin(() -> org.unit("T-NORTH-2").orElseThrow().id());
        CallbackFixtures.ingestAsQuality(intake, List.of(
                completed(employeeNo, "2021-05-03", "2021-05-04", answers("ATTITUDE", 5, "EFFICIENCY", 4,
                        "PROFESSIONAL", 3, "RESOLUTION", 4, "OVERALL", 9)),
                unreachable(employeeNo, "2021-05-04", "2021-05-06")));
    }

    private List<ScoredCallback> mine() {
        return TestAccess.as("quality1", () -> scores.ofStaff(staffId, MAY), "ROLE_QUALITY");
    }

    @Test
    void each_valid_callback_has_the_index_of_its_own_answers_and_others_none() {
        List<ScoredCallback> scored = mine();
        assertThat(scored).hasSize(2);
        assertThat(scored.get(0).serviceDate()).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(scored.get(0).valid()).isTrue();
        // 100·0.25 + 75·0.2 + 50·0.2 + 75·0.2 over the answered weights 0.85
        assertThat(scored.get(0).score()).isCloseTo(76.4706, within(1e-4));
        assertThat(scored.get(1).valid()).isFalse();
        assertThat(scored.get(1).score()).isNull();
        List<ScoredCallback> team = TestAccess.as("supervisor10", () -> scores.ofTeam(teamId, MAY),
                "ROLE_SUPERVISOR", "ROLE_STAFF");
        assertThat(team).filteredOn(c -> c.staffId() == staffId).hasSize(2);
    }

    @Test
    void someone_who_may_not_read_the_indicators_is_refused() {
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> scores.ofStaff(staffId, MAY), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> scores.ofTeam(teamId, MAY),
                "ROLE_SUPERVISOR", "ROLE_STAFF")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> scores.ofStaff(staffId, MAY),
                "ROLE_SUPERVISOR", "ROLE_STAFF")).isInstanceOf(AccessDeniedException.class);
    }
}
