package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.touchpoint.satisfaction.CallbackFixtures.externalId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Response and timeliness by team and callback agent. September 2021 belongs to this class. */
@TouchpointTest
class QualityRatesTests {

    static final YearMonth SEPTEMBER_2021 = YearMonth.of(2021, 9);

    @Autowired
    QualityRates rates;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;

    private static CallbackRecord record(String employeeNo, String status, String serviceDate, String callbackDate,
                                         String agent) {
        Map<String, Integer> answers = status.equals("COMPLETED") ? Map.of("ATTITUDE", 4, "OVERALL", 9) : Map.of();
        return new CallbackRecord(externalId(), employeeNo, serviceDate, callbackDate, "REPAIR", "ONSITE", "MASS", status,
                "STANDARD-2026", answers, false, null, agent);
    }

    @Test
    void rates_by_agent_and_team_count_attempts_responses_and_the_3_day_rule() {
        String employeeNo = CallbackFixtures.newStaff(directory, "FIELD_ENGINEER", "T-NORTH-3");
        String agent = "回访员-" + UUID.randomUUID().toString().substring(0, 6);
        var result = CallbackFixtures.ingestAsQuality(intake, List.of(
                record(employeeNo, "COMPLETED", "2021-09-01", "2021-09-04", agent),
                record(employeeNo, "COMPLETED", "2021-09-01", "2021-09-05", agent),
                record(employeeNo, "UNREACHABLE", "2021-09-02", "2021-09-03", agent),
                record(employeeNo, "COMPLETED", "2021-09-03", "2021-09-04", "长".repeat(51))));
        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.problems().get(0).field())
                .isEqualTo("callbackAgent"));

        var byAgent = TestAccess.as("quality1", () -> rates.byAgent(SEPTEMBER_2021), "ROLE_QUALITY");
        assertThat(byAgent).filteredOn(r -> r.name().equals(agent)).singleElement().satisfies(r -> {
            assertThat(r.attempted()).isEqualTo(3);
            assertThat(r.responseRate()).isCloseTo(66.67, within(0.01));
            assertThat(r.timelinessRate()).isCloseTo(66.67, within(0.01));
        });
        var byTeam = TestAccess.as("quality1", () -> rates.byTeam(SEPTEMBER_2021), "ROLE_QUALITY");
        assertThat(byTeam).filteredOn(r -> r.name().equals("北城装维一班")).singleElement()
                .satisfies(r -> assertThat(r.attempted()).isEqualTo(3));
    }

    @Test
    void only_quality_and_admins_see_the_rates() {
        assertThatThrownBy(() -> TestAccess.as("supervisor1", () -> rates.byTeam(SEPTEMBER_2021), "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("hr1", () -> rates.byAgent(SEPTEMBER_2021), "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
