package com.touchpoint.training;

import com.touchpoint.satisfaction.ItemTraining;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The catalog's modules that train a questionnaire item, for the callback report's actions. */
@Component
class ItemTrainingTitles implements ItemTraining {

    private final TrainingCatalog catalog;

    ItemTrainingTitles(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> modulesTraining(String itemCode, Locale locale) {
        return catalog.modules().stream().filter(m -> m.trains().contains(itemCode))
                .map(m -> m.title().in(locale)).sorted().toList();
    }
}
