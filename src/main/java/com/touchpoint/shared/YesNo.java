package com.touchpoint.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a yes/no cell of an uploaded sheet, written in Chinese or English, as every importer accepts it. */
public final class YesNo {

    // 在职/离职 are how HR sheets fill the "active" column
    private static final Set<String> YES = Set.of("是", "有", "在职", "y", "yes", "true", "1");
    private static final Set<String> NO = Set.of("否", "无", "没有", "离职", "n", "no", "false", "0");

    private YesNo() {
    }

    /** True or false for a recognised word, empty for a blank cell or anything else. */
    public static Optional<Boolean> parse(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        return NO.contains(word) ? Optional.of(Boolean.FALSE) : Optional.empty();
    }
}
