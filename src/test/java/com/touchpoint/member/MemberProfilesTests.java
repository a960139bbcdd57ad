package com.touchpoint.member;

import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.TrainingModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@TouchpointTest
class MemberProfilesTests {

    @Autowired
    MemberProfiles profiles;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CallbackIntake intake;

    WeakMembers.WeakMember weak;

    @BeforeEach
    void member() {
        weak = WeakMembers.create(directory, accounts, intake);
    }

    private MemberProfile as(String username, String... roles) {
        return TestAccess.as(username, () -> profiles.profile(weak.member().staffId(), weak.month()), roles);
    }

    @Test
    void the_weakest_item_is_the_largest_weighted_gap_not_the_lowest_score() {
        MemberProfile profile = as("supervisor2", "ROLE_STAFF", "ROLE_SUPERVISOR");

        assertThat(profile.person().name()).isEqualTo(weak.member().name());
        assertThat(profile.scores().callbacks()).isEqualTo(10);
        assertThat(profile.weakItems()).extracting(w -> w.item().code()).startsWith("ATTITUDE", "EFFICIENCY");
        WeakItem attitude = profile.weakItems().get(0);
        assertThat(attitude.mean()).isCloseTo(50.0, within(1e-9));
        assertThat(attitude.gap()).isCloseTo(32.0, within(1e-9));
        assertThat(attitude.weightedGap()).isCloseTo(8.0, within(1e-9));
        WeakItem efficiency = profile.weakItems().get(1);
        assertThat(efficiency.mean()).as("lower than attitude").isCloseTo(45.0, within(1e-9));
        assertThat(efficiency.weightedGap()).isCloseTo(7.4, within(1e-9));
        assertThat(attitude.modules()).isNotEmpty().allSatisfy(m -> assertThat(m.trains()).contains("ATTITUDE"));
        assertThat(attitude.modules().stream().map(TrainingModule::id).toList())
                .as("modules suiting the post come first")
                .isEqualTo(attitude.modules().stream().sorted(java.util.Comparator.comparing(
                        (TrainingModule m) -> !m.suits("FIELD_ENGINEER"))).map(TrainingModule::id).toList());
        assertThat(profile.canAssign()).isTrue();
    }

    @Test
    void quality_hr_and_admin_may_read_it_without_assigning() {
        assertThat(as("quality1", "ROLE_QUALITY").canAssign()).isFalse();
        assertThat(as("hr1", "ROLE_HR").person().id()).isEqualTo(weak.member().staffId());
        assertThat(TestAccess.asAdmin(() -> profiles.profile(weak.member().staffId(), weak.month())).weakItems())
                .isNotEmpty();
    }

    @Test
    void another_teams_supervisor_and_staff_are_refused_the_member_themselves_too() {
        assertThatThrownBy(() -> as("supervisor5", "ROLE_STAFF", "ROLE_SUPERVISOR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("staff1", "ROLE_STAFF")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> weak.member().act(() -> profiles.profile(weak.member().staffId(), weak.month())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
