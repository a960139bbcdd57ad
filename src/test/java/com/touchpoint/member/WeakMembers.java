package com.touchpoint.member;

import com.touchpoint.satisfaction.CallbackFixtures;
import com.touchpoint.satisfaction.CallbackIntake;
import com.touchpoint.satisfaction.CallbackRecord;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A new field engineer in T-WEST-2 (supervised by supervisor2) whose weakest item is not their lowest:
 * ten callbacks in one month, service attitude always 3 (mean 50, gap 32 to the post target 82, weighted
 * 0.25 × 32 = 8.0) and efficiency 2 twice and 3 eight times (mean 45, gap 37, weighted 0.20 × 37 = 7.4).
 */
public final class WeakMembers {

    private WeakMembers() {
    }

    public record WeakMember(TestStaff.Member member, YearMonth month) {
    }

    public static WeakMember create(StaffDirectory directory, UserAccounts accounts, CallbackIntake intake) {
        TestStaff.Member member = TestStaff.newMember(directory, accounts, "FIELD_ENGINEER", "T-WEST-2");
        LocalDate serviceDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        List<CallbackRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(CallbackFixtures.completed(member.employeeNo(), serviceDate.toString(),
                    serviceDate.plusDays(1).toString(), CallbackFixtures.answers("ATTITUDE", 3, "EFFICIENCY", i < 2 ? 2 : 3,
                            "PROFESSIONAL", 5, "PROMISE", 5, "RESOLUTION", 5, "OVERALL", 8)));
        }
        CallbackFixtures.ingestAsQuality(intake, records);
        return new WeakMember(member, YearMonth.from(serviceDate));
    }
}
