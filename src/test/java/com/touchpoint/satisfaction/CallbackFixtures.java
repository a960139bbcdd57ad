package com.touchpoint.satisfaction;

import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for callbacks: fresh staff members and callback records. */
public final class CallbackFixtures {

    private CallbackFixtures() {
    }

    /** A new active staff member; returns the employee number. */
    public static String newStaff(StaffDirectory directory, String post, String team) {
        String employeeNo = "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        TestAccess.asAdmin(() -> directory.save(new StaffChange(employeeNo, "测试员工", post, team,
                LocalDate.of(2020, 1, 1), true)));
        return employeeNo;
    }

    public static String externalId() {
        return "CB-" + UUID.randomUUID();
    }

    public static Map<String, Integer> answers(Object... codeAndValue) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            answers.put((String) codeAndValue[i], (Integer) codeAndValue[i + 1]);
        }
        return answers;
    }

    public static CallbackRecord completed(String employeeNo, String serviceDate, String callbackDate,
                                           Map<String, Integer> answers) {
        return new CallbackRecord(externalId(), employeeNo, serviceDate, callbackDate, "REPAIR", "ONSITE", "MASS",
                "COMPLETED", "STANDARD-2026", answers, false, "师傅很耐心");
    }

    public static CallbackRecord unreachable(String employeeNo, String serviceDate, String callbackDate) {
        return new CallbackRecord(externalId(), employeeNo, serviceDate, callbackDate, "REPAIR", "ONSITE", "MASS",
                "UNREACHABLE", "STANDARD-2026", Map.of(), false, null);
    }

    public static IntakeResult ingestAsQuality(CallbackIntake intake, List<CallbackRecord> records) {
        return TestAccess.as("quality1", () -> intake.ingest(records), "ROLE_QUALITY");
    }
}
