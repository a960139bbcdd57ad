package com.touchpoint.shared;

/**
 * Where someone stands on a leaderboard: only the top band shows exact ranks. The one rule for cutting a
 * ranking into bands: the top 10% (at least one), then up to 25%, up to 50%, and the rest.
 */
public enum Band implements Translatable {
    TOP_10, TOP_25, TOP_50, REST, NOT_RANKED;

    /** The band of the entry at {@code position} (0 = best) in a ranking of {@code size} entries. */
    public static Band of(int position, int size) {
        if (position < 0 || position >= size) {
            return NOT_RANKED;
        }
        int cut10 = Math.max(1, (int) Math.ceil(size * 0.10));
        int cut25 = (int) Math.ceil(size * 0.25);
        int cut50 = (int) Math.ceil(size * 0.50);
        return position < cut10 ? TOP_10 : position < cut25 ? TOP_25 : position < cut50 ? TOP_50 : REST;
    }

    @Override
    public String messageKey() {
        return "recognition.band." + name();
    }
}
