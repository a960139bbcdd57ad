package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import java.time.LocalDate;
import java.util.List;

import static com.touchpoint.satisfaction.CallbackFixtures.answers;
import static com.touchpoint.satisfaction.CallbackFixtures.completed;
import static com.touchpoint.satisfaction.CallbackFixtures.ingestAsQuality;
import static com.touchpoint.satisfaction.CallbackFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

/** What satisfaction tells the other features: which staff received new callbacks on which service days. */
@TouchpointTest
@ExtendWith(PublishedEventsExtension.class)
class CallbackEventsTests {

    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;

    private long idOf(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.refByEmployeeNo(employeeNo)).orElseThrow().id();
    }

    @Test
    void a_delivery_publishes_the_new_callbacks_per_staff_member_and_service_day(PublishedEvents events) {
        String first = CallbackFixtures.newStaff(directory, "HOTLINE_AGENT", "T-WEST-4");
        String second = CallbackFixtures.newStaff(directory, "HOTLINE_AGENT", "T-WEST-4");
        CallbackRecord once = completed(first, "2021-03-02", "2021-03-03", answers("ATTITUDE", 5, "OVERALL", 9));

        IntakeResult result = ingestAsQuality(intake, List.of(
                once,
                completed(first, "2021-03-02", "2021-03-04", answers("ATTITUDE", 3, "OVERALL", 6)),
                unreachable(first, "2021-03-05", "2021-03-06"),
                completed(second, "2021-03-05", "2021-03-06", answers("ATTITUDE", 4, "OVERALL", 8)),
                once,
                completed("NOBODY-1", "2021-03-05", "2021-03-06", answers("ATTITUDE", 4, "OVERALL", 8))));

        assertThat(result.accepted()).isEqualTo(4);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.rejected()).hasSize(1);
        assertThat(events.ofType(CallbacksStored.class)).singleElement().satisfies(stored -> {
            assertThat(stored.days()).containsExactlyInAnyOrder(
                    new CallbacksStored.StaffDay(idOf(first), LocalDate.of(2021, 3, 2), 2),
                    new CallbacksStored.StaffDay(idOf(first), LocalDate.of(2021, 3, 5), 1),
                    new CallbacksStored.StaffDay(idOf(second), LocalDate.of(2021, 3, 5), 1));
            assertThat(stored.staffIds()).containsExactlyInAnyOrder(idOf(first), idOf(second));
        });
    }

    @Test
    void a_delivery_that_stores_nothing_new_publishes_nothing(PublishedEvents events) {
        String staff = CallbackFixtures.newStaff(directory, "HOTLINE_AGENT", "T-WEST-4");
        CallbackRecord record = completed(staff, "2021-03-09", "2021-03-10", answers("ATTITUDE", 5, "OVERALL", 9));
        ingestAsQuality(intake, List.of(record));

        IntakeResult resent = ingestAsQuality(intake, List.of(record,
                completed("NOBODY-1", "2021-03-09", "2021-03-10", answers("ATTITUDE", 4, "OVERALL", 8))));

        assertThat(resent.accepted()).isZero();
        assertThat(events.ofType(CallbacksStored.class)).hasSize(1);
    }
}
