package com.touchpoint.coaching;

import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.satisfaction.IntakeResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Callbacks for coaching tests, delivered through the satisfaction feature's intake as the quality team. */
final class CoachingTestData {

    private final List<CallbackRecord> records = new ArrayList<>();
    private final String employeeNo;

    CoachingTestData(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    CoachingTestData completed(LocalDate serviceDate, Map<String, Integer> answers) {
        return completed(serviceDate, answers, false, "师傅很耐心");
    }

    CoachingTestData completed(LocalDate serviceDate, Map<String, Integer> answers, boolean complaint, String comment) {
        records.add(new CallbackRecord(CallbackFixtures.externalId(), employeeNo, serviceDate.toString(),
                serviceDate.plusDays(1).toString(), "REPAIR", "ONSITE", "MASS", "COMPLETED", "STANDARD-2026", answers,
                complaint, comment));
        return this;
    }

    void deliver(CallbackIntake intake) {
        IntakeResult result = CallbackFixtures.ingestAsQuality(intake, records);
        assertThat(result.rejected()).as("rejected test callbacks").isEmpty();
        assertThat(result.accepted()).isEqualTo(records.size());
    }
}
