package com.touchpoint.incentive;

import com.touchpoint.shared.Translatable;

/** Where a month's statements stand in the four-eyes workflow (INCENTIVES.md). */
public enum MonthStatus implements Translatable {
    DRAFT, REVIEWED, APPROVED, LOCKED;

    @Override
    public String messageKey() {
        return "incentive.status." + name();
    }
}
