package com.touchpoint.satisfaction;

import java.util.Locale;

/** A questionnaire item as the indicators use it; {@code weight} is null for the overall item. */
public record ItemDefinition(String code, String nameZh, String nameEn, Scale scale, Double weight,
                             int satisfiedThreshold, boolean overall) {

    public boolean weighted() {
        return weight != null && !overall;
    }

    public boolean satisfied(int answer) {
        return answer >= satisfiedThreshold;
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
