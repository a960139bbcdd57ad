package com.touchpoint.satisfaction;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.Band;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

@TouchpointTest
class PostRankingTests {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorProperties properties;
    @Autowired
    Clock clock;

    @Test
    void any_signed_in_user_gets_the_ranking_with_figures_only_in_the_top_band() {
        YearMonth lastMonth = YearMonth.now(clock.withZone(properties.zone())).minusMonths(1);
        PostRanking ranking = TestAccess.as("staff1", () -> indicators.ranking("SHOP_SALES", lastMonth), "ROLE_STAFF");

        assertThat(ranking.entries()).hasSizeGreaterThan(10);
        assertThat(ranking.entries()).filteredOn(e -> e.band() == Band.TOP_10).isNotEmpty()
                .allMatch(e -> e.value() != null && e.rank() != null);
        assertThat(ranking.entries()).filteredOn(e -> e.band() != Band.TOP_10).isNotEmpty()
                .allMatch(e -> e.value() == null && e.rank() == null);
        assertThat(ranking.entries()).extracting(PostRanking.Entry::band)
                .contains(Band.TOP_25, Band.TOP_50, Band.REST).doesNotContain(Band.NOT_RANKED);
    }

    @Test
    void the_ranking_keeps_the_order_and_bands_of_the_full_figures() {
        YearMonth lastMonth = YearMonth.now(clock.withZone(properties.zone())).minusMonths(1);
        PostRanking ranking = TestAccess.as("supervisor1", () -> indicators.ranking("SHOP_SALES", lastMonth),
                "ROLE_STAFF", "ROLE_SUPERVISOR");
        var full = TestAccess.as("quality1", () -> indicators.forPost("SHOP_SALES", Period.of(lastMonth)), "ROLE_QUALITY")
                .stream().filter(s -> !s.insufficientSample(indicators.minSample()) && s.adjustedIndex() != null)
                .sorted(java.util.Comparator.comparing(StaffIndicators::adjustedIndex).reversed()).toList();

        assertThat(ranking.entries()).hasSameSizeAs(full);
        assertThat(ranking.entries().get(0).staffId()).isEqualTo(full.get(0).staffId());
        assertThat(ranking.entries().get(0).value().doubleValue()).isCloseTo(full.get(0).adjustedIndex(),
                org.assertj.core.data.Offset.offset(0.005));
        for (int i = 0; i < ranking.entries().size(); i++) {
            assertThat(ranking.entries().get(i).band()).isEqualTo(Band.of(i, full.size()));
        }
    }
}
