package com.touchpoint.satisfaction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Indicator settings (INDICATORS.md): the prior strength k, the minimum sample for standard scores,
 * the operator's time zone (which day is "today" for callback dates) and how many recent days the
 * nightly job rebuilds from the raw callbacks.
 */
@ConfigurationProperties("touchpoint.indicators")
public record IndicatorProperties(@DefaultValue("20") int priorStrength, @DefaultValue("10") int minSample,
                                  @DefaultValue("Asia/Shanghai") ZoneId zone,
                                  @DefaultValue("40") int rebuildDays) {
}
