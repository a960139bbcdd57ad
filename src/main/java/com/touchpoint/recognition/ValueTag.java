package com.touchpoint.recognition;

import java.util.Locale;

/** A kudos value tag as shown and edited. */
public record ValueTag(String code, String nameZh, String nameEn, boolean active, int sortOrder) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
