package com.touchpoint.member;

import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.training.TrainingModule;

import java.util.List;

/**
 * A callback item under its target, in the order of INDICATORS.md (largest weighted gap first):
 * {@code gap} = target − mean in points, {@code weightedGap} = weight × gap; {@code modules} train the item,
 * those suiting the person's post first.
 */
public record WeakItem(ItemDefinition item, double mean, double target, double gap, double weightedGap,
                       List<TrainingModule> modules) {
}
