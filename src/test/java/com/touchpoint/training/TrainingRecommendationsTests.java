package com.touchpoint.training;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@TouchpointTest
class TrainingRecommendationsTests {

    @Autowired
    TrainingRecommendations recommendations;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    private void callbacks(TestStaff.Member trainee, int count, int promise) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(CallbackFixtures.completed(trainee.employeeNo(), today.minusDays(10 + i).toString(),
                    today.minusDays(8 + i).toString(), CallbackFixtures.answers("ATTITUDE", 5, "EFFICIENCY", 5,
                            "PROFESSIONAL", 5, "PROMISE", promise, "RESOLUTION", 5, "OVERALL", 9)));
        }
        CallbackFixtures.ingestAsQuality(intake, records);
    }

    @Test
    void a_weak_promise_score_recommends_the_modules_that_train_it_with_the_gap_as_the_reason() {
        TestStaff.Member engineer = Trainees.newTrainee(directory, accounts, "FIELD_ENGINEER", "T-WEST-3");
        callbacks(engineer, 12, 2);

        List<Recommendation> result = engineer.act(() -> recommendations.forStaff(engineer.staffId()));

        List<String> expected = catalog.modules().stream()
                .filter(m -> m.trains().contains("PROMISE") && m.suits("FIELD_ENGINEER")).map(TrainingModule::id).toList();
        assertThat(expected).isNotEmpty();
        assertThat(result).extracting(r -> r.module().id()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result).allSatisfy(r -> {
            assertThat(r.itemCode()).isEqualTo("PROMISE");
            assertThat(r.itemNameZh()).isEqualTo("承诺兑现");
            // answer 2 on a five-point scale is 25; the engineer's target is the post target 82
            assertThat(r.mean()).isCloseTo(25.0, within(1e-9));
            assertThat(r.target()).isCloseTo(82.0, within(1e-9));
            assertThat(r.gap()).isCloseTo(57.0, within(1e-9));
        });
    }

    @Test
    void too_few_callbacks_recommend_nothing_and_other_teams_cannot_ask() {
        TestStaff.Member engineer = Trainees.newTrainee(directory, accounts, "FIELD_ENGINEER", "T-WEST-3");
        callbacks(engineer, 5, 1);
        assertThat(engineer.act(() -> recommendations.forStaff(engineer.staffId()))).isEmpty();
        assertThatThrownBy(() -> TestAccess.as("supervisor5", () -> recommendations.forStaff(engineer.staffId()),
                "ROLE_STAFF", "ROLE_SUPERVISOR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> recommendations.forStaff(engineer.staffId()),
                "ROLE_STAFF")).isInstanceOf(AccessDeniedException.class);
    }
}
