package com.touchpoint.emotion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The k rule's group size ({@code touchpoint.emotion.min-group}, default 5, never below 3: a smaller setting is
 * raised to 3, because aggregates over one or two people are personal data) and the operator's employee
 * assistance contact shown with strain signals (blank: staff are told to ask HR).
 */
@ConfigurationProperties("touchpoint.emotion")
public record EmotionProperties(@DefaultValue("5") int minGroup, @DefaultValue("") String assistanceContact) {

    static final int SMALLEST_GROUP = 3;

    public EmotionProperties {
        minGroup = Math.max(SMALLEST_GROUP, minGroup);
        assistanceContact = assistanceContact == null ? "" : assistanceContact.strip();
    }
}
