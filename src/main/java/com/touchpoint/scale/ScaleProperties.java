package com.touchpoint.scale;

import com.touchpoint.shared.ScalePlan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * {@code touchpoint.generate.*}: the scale data generator's command ({@code scale=true}) and its plan. Without
 * {@code end} the data ends with the last complete month and covers the year before it.
 */
@ConfigurationProperties("touchpoint.generate")
public record ScaleProperties(@DefaultValue("false") boolean scale, @DefaultValue("42") long seed,
                              @DefaultValue("10000") int staff, @DefaultValue("1000000") long callbacks,
                              @DefaultValue("30") int teamSize, LocalDate end, @DefaultValue("90") int checkInDays,
                              @DefaultValue("S") String prefix) {

    ScalePlan plan(LocalDate today) {
        LocalDate last = end != null ? end : YearMonth.from(today).minusMonths(1).atEndOfMonth();
        return new ScalePlan(seed, staff, callbacks, teamSize, last.minusYears(1).plusDays(1), last, checkInDays,
                prefix);
    }
}
