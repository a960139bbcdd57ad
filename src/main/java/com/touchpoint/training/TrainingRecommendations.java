package com.touchpoint.training;

import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Recommended for you": a staff member's weak callback items over the last 90 days (items under their
 * target, largest weighted gap first) turned into the modules that train those items and suit the post.
 * Nothing is recommended on fewer callbacks than the standard-score minimum: too few to be fair.
 */
@Service
public class TrainingRecommendations {

    public static final int WINDOW_DAYS = 90;
    static final int MAX_ITEMS = 3;

    private final IndicatorService indicators;
    private final TrainingCatalog catalog;
    private final OperatorTime operatorTime;

    TrainingRecommendations(IndicatorService indicators, TrainingCatalog catalog, OperatorTime operatorTime) {
        this.indicators = indicators;
        this.catalog = catalog;
        this.operatorTime = operatorTime;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeStaff(#staffId)")
    public List<Recommendation> forStaff(long staffId) {
        LocalDate yesterday = operatorTime.today().minusDays(1);
        StaffIndicators figures = indicators.forStaff(staffId, new Period(yesterday.minusDays(WINDOW_DAYS - 1), yesterday));
        if (figures.insufficientSample(indicators.minSample())) {
            return List.of();
        }
        Map<String, ItemIndicator> items = figures.items().stream()
                .collect(Collectors.toMap(ItemIndicator::code, Function.identity()));
        Map<String, ItemDefinition> definitions = indicators.items().stream()
                .collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        List<Recommendation.Shortfall> shortfalls = new ArrayList<>();
        for (String code : figures.weakItems().stream().limit(MAX_ITEMS).toList()) {
            ItemIndicator item = items.get(code);
            ItemDefinition definition = definitions.get(code);
            if (item != null && item.mean() != null && definition != null) {
                shortfalls.add(new Recommendation.Shortfall(code, definition.nameZh(), definition.nameEn(), item.mean(),
                        item.target()));
            }
        }
        List<Recommendation> result = new ArrayList<>();
        Set<String> recommended = new LinkedHashSet<>();
        for (Recommendation.Shortfall shortfall : shortfalls) {
            for (TrainingModule module : modulesFor(shortfall.itemCode(), figures.postCode())) {
                if (recommended.add(module.id())) {
                    List<Recommendation.Shortfall> trained = shortfalls.stream()
                            .filter(s -> module.trains().contains(s.itemCode())).toList();
                    result.add(new Recommendation(module, shortfall.itemCode(), shortfall.nameZh(), shortfall.nameEn(),
                            shortfall.mean(), shortfall.target(), shortfall.gap(), trained));
                }
            }
        }
        return result;
    }

    /** Modules training the item that suit the post; any module training it when none suits the post. */
    private List<TrainingModule> modulesFor(String itemCode, String postCode) {
        List<TrainingModule> training = catalog.modules().stream().filter(m -> m.trains().contains(itemCode)).toList();
        List<TrainingModule> suited = training.stream().filter(m -> m.suits(postCode)).toList();
        return suited.isEmpty() ? training : suited;
    }
}
