package com.touchpoint.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Serves Vaadin's {@code getTranslation} from the per-feature message bundles (see {@link MessagesConfig}). */
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
            return messages.getMessage(key, translated(params, locale), supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    private Object[] translated(Object[] params, Locale locale) {
        if (params == null) {
            return null;
        }
        Object[] result = params.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof Translatable t) {
                result[i] = getTranslation(t.messageKey(), locale);
            }
        }
        return result;
    }

    public String translate(TouchpointException e, Locale locale) {
        return getTranslation(e.messageKey(), locale, e.arguments());
    }
}
