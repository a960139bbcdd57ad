package com.touchpoint.satisfaction;

import java.util.List;
import java.util.Optional;

/** A questionnaire version with its items in order. */
public record QuestionnaireDetails(long id, String code, String nameZh, String nameEn, boolean current,
                                   List<ItemDefinition> items) {

    public Optional<ItemDefinition> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<ItemDefinition> overallItem() {
        return items.stream().filter(ItemDefinition::overall).findFirst();
    }
}
