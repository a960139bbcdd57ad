package com.touchpoint.training;

import java.util.Locale;

/** A text of a module in Chinese, and in English where the author gave it (else the Chinese is shown). */
public record LocalizedText(String zh, String en) {

    public String in(Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
