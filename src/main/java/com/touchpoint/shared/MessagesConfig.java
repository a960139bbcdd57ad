package com.touchpoint.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles. Declared here because Boot's auto-configuration only starts when a base
 * messages.properties exists, and Touchpoint deliberately has none: every key is in both languages.
 */
@Configuration
class MessagesConfig {

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(TranslationProvider.CHINESE);
        return source;
    }
}
