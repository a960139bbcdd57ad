package com.touchpoint.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The message bundles, one pair per feature under {@code i18n/} (for example {@code i18n/staff_zh_CN.properties}
 * and {@code i18n/staff_en.properties}). Declared here because Boot's auto-configuration only starts when a base
 * messages.properties exists, and Touchpoint deliberately has none: every key is in both languages.
 */
@Configuration
class MessagesConfig {

    static final String BUNDLE_DIRECTORY = "i18n/";
    private static final String ENGLISH_SUFFIX = "_en.properties";

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(TranslationProvider.CHINESE);
        return source;
    }

    /** The bundle basenames found on the classpath, such as {@code i18n/staff}, sorted. */
    static List<String> basenames() {
        try {
            Resource[] english = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + BUNDLE_DIRECTORY + "*" + ENGLISH_SUFFIX);
            List<String> names = Arrays.stream(english)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> BUNDLE_DIRECTORY + name.substring(0, name.length() - ENGLISH_SUFFIX.length()))
                    .distinct()
                    .sorted()
                    .toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("No message bundles found under classpath:" + BUNDLE_DIRECTORY);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
