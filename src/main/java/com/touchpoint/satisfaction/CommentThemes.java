package com.touchpoint.satisfaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises the recurring themes of Chinese complaint comments by keywords. A fixed lexicon keeps the
 * themes explainable to staff ("why is this counted as waiting time?") where a statistical model would not.
 */
final class CommentThemes {

    static final Map<String, List<String>> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("waiting", List.of("等了", "排队", "太慢", "很久", "等待", "慢"));
        THEMES.put("punctuality", List.of("约好", "约定", "迟到", "晚到", "没来", "没提前", "不守时"));
        THEMES.put("attitude", List.of("态度", "不耐烦", "冷淡", "敷衍"));
        THEMES.put("unresolved", List.of("没解决", "没人管", "好几次", "还没", "反复"));
        THEMES.put("network", List.of("断网", "经常断", "网速", "信号", "掉线", "宽带"));
        THEMES.put("billing", List.of("收费", "扣费", "账单", "话费", "多扣"));
        THEMES.put("explanation", List.of("解释不清", "不清楚", "听不懂", "问了好几遍"));
        THEMES.put("promotion", List.of("推销", "忽悠", "广告", "不一样"));
    }

    private CommentThemes() {
    }

    /** How many comments mention each theme, most frequent first, themes never mentioned left out. */
    static List<ReportContent.Theme> count(List<String> comments) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String comment : comments) {
            THEMES.forEach((theme, words) -> {
                if (words.stream().anyMatch(comment::contains)) {
                    counts.merge(theme, 1L, Long::sum);
                }
            });
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new ReportContent.Theme(e.getKey(), e.getValue())).toList();
    }
}
