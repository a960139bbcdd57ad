package com.touchpoint.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Serves Vaadin's {@code getTranslation} from the messages_zh_CN / messages_en bundles. */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private final MessageSource messages;

    public TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    /** Maps any locale onto a supported one: English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    public String translate(TouchpointException e, Locale locale) {
        return getTranslation(e.messageKey(), locale, e.arguments());
    }
}
