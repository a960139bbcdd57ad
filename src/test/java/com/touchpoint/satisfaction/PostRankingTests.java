package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Band;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rankings of a post in months of 2016 that only these tests fill, with staff they make themselves. */
@TouchpointTest
class PostRankingTests {

    static final int RANKED = 12;

    @Autowired
    IndicatorService indicators;
    @Autowired
    CallbackIntake intake;
    @Autowired
    StaffDirectory directory;

    /**
     * Twelve shop sales staff with ten callbacks each in the month, the n-th of them with n answers of 4 among
     * fives (so the first ranks best), and one more staff member with too few callbacks to be ranked.
     */
    private List<Long> rankedStaff(YearMonth month) {
        List<Long> ids = new ArrayList<>();
        List<CallbackRecord> records = new ArrayList<>();
        for (int n = 0; n < RANKED; n++) {
            String employeeNo = CallbackFixtures.newStaff(directory, "SHOP_SALES", "T-WEST-1");
            ids.add(TestAccess.asAdmin(() -> directory.refByEmployeeNo(employeeNo)).orElseThrow().id());
            for (int day = 1; day <= 10; day++) {
                records.add(callback(employeeNo, month.atDay(day), day <= n ? 4 : 5));
            }
        }
        String fewCallbacks = CallbackFixtures.newStaff(directory, "SHOP_SALES", "T-WEST-1");
        for (int day = 1; day <= 5; day++) {
            records.add(callback(fewCallbacks, month.atDay(day), 5));
        }
        CallbackFixtures.ingestAsQuality(intake, records);
        return ids;
    }

    private static CallbackRecord callback(String employeeNo, LocalDate day, int answer) {
        return CallbackFixtures.completed(employeeNo, day.toString(), day.plusDays(1).toString(),
                CallbackFixtures.answers("ATTITUDE", answer, "EFFICIENCY", answer, "PROFESSIONAL", answer,
                        "PROMISE", answer, "RESOLUTION", answer, "OVERALL", answer * 2));
    }

    @Test
    void any_signed_in_user_gets_the_ranking_with_figures_only_in_the_top_band() {
        YearMonth month = YearMonth.of(2016, 5);
        List<Long> staff = rankedStaff(month);
        PostRanking ranking = TestAccess.as("staff1", () -> indicators.ranking("SHOP_SALES", month), "ROLE_STAFF");

        assertThat(ranking.entries()).extracting(PostRanking.Entry::staffId).containsExactlyElementsOf(staff);
        assertThat(ranking.entries()).filteredOn(e -> e.band() == Band.TOP_10).hasSize(2)
                .allMatch(e -> e.value() != null && e.rank() != null);
        assertThat(ranking.entries()).filteredOn(e -> e.band() != Band.TOP_10).hasSize(RANKED - 2)
                .allMatch(e -> e.value() == null && e.rank() == null);
        assertThat(ranking.entries()).extracting(PostRanking.Entry::band)
                .contains(Band.TOP_25, Band.TOP_50, Band.REST).doesNotContain(Band.NOT_RANKED);
    }

    @Test
    void the_ranking_keeps_the_order_and_bands_of_the_full_figures() {
        YearMonth month = YearMonth.of(2016, 6);
        rankedStaff(month);
        PostRanking ranking = TestAccess.as("supervisor1", () -> indicators.ranking("SHOP_SALES", month),
                "ROLE_STAFF", "ROLE_SUPERVISOR");
        var full = TestAccess.as("quality1", () -> indicators.forPost("SHOP_SALES", Period.of(month)), "ROLE_QUALITY")
                .stream().filter(s -> !s.insufficientSample(indicators.minSample()) && s.adjustedIndex() != null)
                .sorted(java.util.Comparator.comparing(StaffIndicators::adjustedIndex).reversed()).toList();

        assertThat(full).hasSize(RANKED);
        assertThat(ranking.entries()).hasSameSizeAs(full);
        assertThat(ranking.entries().get(0).staffId()).isEqualTo(full.get(0).staffId());
        assertThat(ranking.entries().get(0).value().doubleValue()).isCloseTo(full.get(0).adjustedIndex(),
                org.assertj.core.data.Offset.offset(0.005));
        for (int i = 0; i < ranking.entries().size(); i++) {
            assertThat(ranking.entries().get(i).band()).isEqualTo(Band.of(i, full.size()));
        }
    }
}
