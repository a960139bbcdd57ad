package com.touchpoint.satisfaction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Indicator settings (INDICATORS.md): the prior strength k, the minimum sample for standard scores
 * and how many recent days the nightly job rebuilds from the raw callbacks. {@code zone} is the earlier
 * name of the operator's time zone, kept so existing configurations still work; code reads the zone
 * from {@link com.touchpoint.shared.OperatorTime}.
 */
@ConfigurationProperties("touchpoint.indicators")
public record IndicatorProperties(@DefaultValue("20") int priorStrength, @DefaultValue("10") int minSample,
                                  @DefaultValue("Asia/Shanghai") ZoneId zone,
                                  @DefaultValue("40") int rebuildDays) {
}
