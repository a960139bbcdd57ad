package com.touchpoint.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleParityTests {

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundleParityTests.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_key_exists_in_both_languages() throws IOException {
        Set<String> chinese = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(chinese).isNotEmpty();
        var onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        var onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertThat(onlyChinese).as("keys only in messages_zh_CN").isEmpty();
        assertThat(onlyEnglish).as("keys only in messages_en").isEmpty();
    }

    @Test
    void no_value_is_blank() throws IOException {
        for (String bundle : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            load(bundle).forEach((k, v) -> assertThat(v.toString()).as(bundle + ": " + k).isNotBlank());
        }
    }
}
