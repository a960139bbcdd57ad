package com.touchpoint.recognition;

import com.touchpoint.satisfaction.PraiseCallback;

import java.time.Instant;

/** One entry of the recognition feed: a kudos or a customer praise (exactly one of them is set). */
public record FeedItem(Instant at, KudosView kudos, PraiseCallback praise, String staffName, String teamName) {

    public boolean isPraise() {
        return praise != null;
    }
}
