package com.touchpoint.staff;

import com.touchpoint.MutableClock;
import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "At most a year ahead" counts from the operator's today, not from the date in UTC. */
@TouchpointTest
class StaffHireDateTests {

    /** 01:00 on 1 April in Shanghai, still 31 March in UTC. */
    private static final Instant EARLY_MORNING_IN_SHANGHAI = Instant.parse("2026-03-31T17:00:00Z");

    @Autowired
    StaffDirectory directory;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private StaffDetails hire(LocalDate hireDate) {
        String employeeNo = "H" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return TestAccess.asAdmin(() -> directory.save(
                new StaffChange(employeeNo, "入职测试", "SHOP_SALES", "T-WEST-1", hireDate, true)));
    }

    @Test
    void a_hire_date_one_year_after_the_operators_today_is_accepted_while_utc_is_still_on_the_day_before() {
        clock.set(EARLY_MORNING_IN_SHANGHAI);
        assertThat(hire(LocalDate.of(2027, 4, 1)).hireDate()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void a_hire_date_more_than_a_year_after_the_operators_today_is_refused() {
        clock.set(EARLY_MORNING_IN_SHANGHAI);
        assertThatThrownBy(() -> hire(LocalDate.of(2027, 4, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("hireDate");
                            assertThat(p.messageKey()).isEqualTo("staff.hire-date.too-late");
                        }));
    }
}
