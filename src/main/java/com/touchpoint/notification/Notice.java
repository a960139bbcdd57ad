package com.touchpoint.notification;

import java.time.Instant;
import java.util.List;

/** A notification as its reader sees it; {@code args} fill the placeholders of {@code messageKey}. */
public record Notice(long id, String messageKey, List<String> args, String link, Instant createdAt, boolean read) {
}
