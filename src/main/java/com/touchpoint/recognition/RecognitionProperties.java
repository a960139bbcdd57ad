package com.touchpoint.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recognition rules: the monthly allowance, points per kudos (min, max, step), kudos per day, the most
 * points one colleague's kudos count towards another's recognition bonus in a month, and the share of a
 * giver's points above which their giving counts as concentrated.
 */
@ConfigurationProperties("touchpoint.recognition")
public record RecognitionProperties(@DefaultValue("100") int monthlyAllowance,
                                    @DefaultValue("5") int minPoints,
                                    @DefaultValue("50") int maxPoints,
                                    @DefaultValue("5") int pointStep,
                                    @DefaultValue("5") int kudosPerDay,
                                    @DefaultValue("50") int pairCap,
                                    @DefaultValue("0.5") double concentrationShare,
                                    @DefaultValue("20") int concentrationMinPoints) {
}
