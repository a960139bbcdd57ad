package com.touchpoint.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese messages use Chinese punctuation (：；，（）) between Chinese words; ASCII punctuation stays only where
 * it belongs to placeholders ({0,number,#}), codes, times or syntax examples, away from Chinese characters.
 */
class ChinesePunctuationTests {

    private static final String CJK = "[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef…“”‘’]";
    /** An ASCII ; : , ( or ) right beside a Chinese character or Chinese punctuation, one space between allowed. */
    static final Pattern ASCII_BESIDE_CHINESE = Pattern.compile(CJK + " ?[;:,()]|[;:,()] ?" + CJK);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    /** The places where a message breaks the rule, as {@code key: value}. */
    static List<String> asciiPunctuationBesideChinese(Properties messages) {
        List<String> found = new ArrayList<>();
        messages.forEach((key, value) -> {
            // placeholders hold commas of their own ({0,number,#}) and may stand anywhere, so they are masked
            String text = PLACEHOLDER.matcher(value.toString()).replaceAll("X");
            if (ASCII_BESIDE_CHINESE.matcher(text).find()) {
                found.add(key + ": " + value);
            }
        });
        return found;
    }

    @Test
    void no_chinese_message_puts_ascii_punctuation_beside_chinese_text() throws IOException {
        List<String> found = new ArrayList<>();
        for (String basename : MessagesConfig.basenames()) {
            String bundle = basename + "_zh_CN.properties";
            var messages = new Properties();
            try (var in = getClass().getResourceAsStream("/" + bundle)) {
                assertThat(in).as(bundle).isNotNull();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            asciiPunctuationBesideChinese(messages).forEach(f -> found.add(bundle + " " + f));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_catches_ascii_colons_and_semicolons_but_leaves_placeholders_and_times_alone() {
        var messages = new Properties();
        messages.setProperty("bad.colon", "复盘:{0}");
        messages.setProperty("bad.semicolon", "本月剩余 {0} 分;今天还可以点赞");
        messages.setProperty("bad.after-placeholder", "{0}:未知的值");
        messages.setProperty("good.placeholder", "调整后指数 {0,number,0.00}，回访 {1,number,#} 条");
        messages.setProperty("good.time", "yyyy-MM-dd HH:mm");
        messages.setProperty("good.chinese", "复盘：{0}；下次再试");
        assertThat(asciiPunctuationBesideChinese(messages))
                .containsExactlyInAnyOrder("bad.colon: 复盘:{0}", "bad.semicolon: 本月剩余 {0} 分;今天还可以点赞",
                        "bad.after-placeholder: {0}:未知的值");
    }
}
