package com.touchpoint.recognition;

import com.touchpoint.shared.Translatable;

/**
 * 服务之星 (highest adjusted index of a post), 进步之星 (largest rise), 伙伴之星 (kudos from the most colleagues),
 * 客户之星 (the most customer praise of a post: how customer praise counts towards badges).
 */
public enum BadgeKind implements Translatable {
    SERVICE_STAR, PROGRESS_STAR, PARTNER_STAR, CUSTOMER_STAR;

    @Override
    public String messageKey() {
        return "recognition.badge." + name();
    }
}
