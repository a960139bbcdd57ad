package com.touchpoint.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleParityTests {

    private static final List<String> LANGUAGES = List.of("zh_CN", "en");

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundleParityTests.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> files(String language) {
        return MessagesConfig.basenames().stream().map(b -> b + "_" + language + ".properties").toList();
    }

    @Test
    void bundles_are_found_for_every_feature() {
        assertThat(MessagesConfig.basenames()).contains("i18n/common", "i18n/layout", "i18n/staff",
                "i18n/satisfaction", "i18n/training", "i18n/recognition", "i18n/security", "i18n/audit",
                "i18n/notification");
    }

    @Test
    void every_key_exists_in_both_languages() throws IOException {
        for (String basename : MessagesConfig.basenames()) {
            Set<String> chinese = new TreeSet<>(load(basename + "_zh_CN.properties").stringPropertyNames());
            Set<String> english = new TreeSet<>(load(basename + "_en.properties").stringPropertyNames());
            assertThat(chinese).as(basename + " has keys").isNotEmpty();
            var onlyChinese = new TreeSet<>(chinese);
            onlyChinese.removeAll(english);
            var onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(chinese);
            assertThat(onlyChinese).as("keys only in " + basename + "_zh_CN").isEmpty();
            assertThat(onlyEnglish).as("keys only in " + basename + "_en").isEmpty();
        }
    }

    @Test
    void no_value_is_blank() throws IOException {
        for (String language : LANGUAGES) {
            for (String bundle : files(language)) {
                load(bundle).forEach((k, v) -> assertThat(v.toString()).as(bundle + ": " + k).isNotBlank());
            }
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        for (String language : LANGUAGES) {
            Map<String, String> owner = new TreeMap<>();
            for (String bundle : files(language)) {
                for (String key : load(bundle).stringPropertyNames()) {
                    String first = owner.putIfAbsent(key, bundle);
                    assertThat(first).as(key + " is defined in " + first + " and in " + bundle).isNull();
                }
            }
        }
    }

    /** Properties keeps the last of two lines with one key silently, so a merge that left both would hide a text. */
    @Test
    void no_key_is_written_twice_in_one_file() throws IOException {
        for (String language : LANGUAGES) {
            for (String bundle : files(language)) {
                List<String> keys;
                try (var in = MessageBundleParityTests.class.getResourceAsStream("/" + bundle)) {
                    keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                            .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                }
                assertThat(keys).as(bundle).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void every_key_of_every_bundle_is_translated_in_both_languages() throws IOException {
        var translations = new TranslationProvider(new MessagesConfig().messageSource());
        for (String bundle : files("en")) {
            var english = load(bundle);
            var chinese = load(bundle.replace("_en.properties", "_zh_CN.properties"));
            for (String key : english.stringPropertyNames()) {
                assertThat(translations.getTranslation(key, Locale.ENGLISH)).as(key)
                        .isEqualTo(english.getProperty(key));
                assertThat(translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE)).as(key)
                        .isEqualTo(chinese.getProperty(key));
            }
        }
    }

    @Test
    void missing_key_renders_marked_and_other_languages_get_chinese() {
        var translations = new TranslationProvider(new MessagesConfig().messageSource());
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(translations.getTranslation("nav.training", Locale.GERMAN))
                .isEqualTo(translations.getTranslation("nav.training", Locale.SIMPLIFIED_CHINESE));
        assertThat(translations.getTranslation("nav.training", Locale.ENGLISH)).isEqualTo("Training");
    }
}
