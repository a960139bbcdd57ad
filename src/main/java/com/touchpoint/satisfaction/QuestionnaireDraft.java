package com.touchpoint.satisfaction;

import java.math.BigDecimal;
import java.util.List;

/** A new questionnaire version as the quality team drafts it. */
public record QuestionnaireDraft(String code, String nameZh, String nameEn, List<ItemDraft> items, boolean makeCurrent) {

    /** One item of the draft; {@code weight} is null for the overall item. */
    public record ItemDraft(String code, String nameZh, String nameEn, Scale scale, BigDecimal weight,
                            int satisfiedThreshold, boolean overall) {

        public static ItemDraft of(ItemDefinition item) {
            return new ItemDraft(item.code(), item.nameZh(), item.nameEn(), item.scale(),
                    item.weight() == null ? null : BigDecimal.valueOf(item.weight()), item.satisfiedThreshold(),
                    item.overall());
        }
    }
}
