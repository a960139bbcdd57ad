package com.touchpoint.satisfaction;

import java.util.List;
import java.util.Locale;

/**
 * The training modules that train a questionnaire item, by title in the given language. The training feature
 * implements it (it depends on this feature, so this feature asks through this interface).
 */
public interface ItemTraining {

    List<String> modulesTraining(String itemCode, Locale locale);
}
