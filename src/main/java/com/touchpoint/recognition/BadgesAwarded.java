package com.touchpoint.recognition;

import java.time.YearMonth;
import java.util.List;

/** Published once per month, when that month's badges were awarded (the list may be empty). */
public record BadgesAwarded(YearMonth month, List<Badge> badges) {

    public BadgesAwarded {
        badges = List.copyOf(badges);
    }
}
