package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffRef;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Everyone's figures on a post in a period, kept with the totals they come from, and the staff on the post whose
 * callbacks in the period changed since: a delivery reaches a few staff of a post with thousands, so only theirs
 * are read again ({@link #refreshed}), while the post's level and so everyone's figures are worked out anew.
 */
record EveryoneOnPost(Period period, List<StaffRef> staff, Set<Long> staffIds, Map<Long, RollupStore.StaffTotals> totals,
                      List<StaffIndicators> figures, Set<Long> changed) {

    EveryoneOnPost {
        changed = Set.copyOf(changed);
    }

    static EveryoneOnPost of(Period period, List<StaffRef> staff, Map<Long, RollupStore.StaffTotals> totals,
                             BiFunction<List<StaffRef>, Map<Long, RollupStore.StaffTotals>, List<StaffIndicators>> figures) {
        return new EveryoneOnPost(period, List.copyOf(staff), Set.copyOf(staff.stream().map(StaffRef::id).toList()),
                Map.copyOf(totals), figures.apply(staff, totals), Set.of());
    }

    /**
     * This value with the staff of the post among {@code delivered} marked as changed; itself if there are none. A
     * new value even when they were marked already, so that a reader who read the totals before this delivery does
     * not replace it ({@link CachedValues#replace}).
     */
    EveryoneOnPost withChanged(Collection<CallbacksStored.StaffDay> delivered) {
        Set<Long> touched = new TreeSet<>();
        delivered.stream().filter(d -> staffIds.contains(d.staffId()) && !d.serviceDate().isBefore(period.from())
                && !d.serviceDate().isAfter(period.to())).forEach(d -> touched.add(d.staffId()));
        if (touched.isEmpty()) {
            return this;
        }
        touched.addAll(changed);
        return new EveryoneOnPost(period, staff, staffIds, totals, figures, touched);
    }

    /** Up to date again, with the changed staff's totals as read now and everyone's figures worked out anew. */
    EveryoneOnPost refreshed(Map<Long, RollupStore.StaffTotals> changedTotals,
                             BiFunction<List<StaffRef>, Map<Long, RollupStore.StaffTotals>, List<StaffIndicators>> figures) {
        Map<Long, RollupStore.StaffTotals> current = new HashMap<>(totals);
        changed.forEach(id -> {
            RollupStore.StaffTotals t = changedTotals.get(id);
            if (t == null) {
                current.remove(id);
            } else {
                current.put(id, t);
            }
        });
        return new EveryoneOnPost(period, staff, staffIds, Map.copyOf(current), figures.apply(staff, current),
                Set.of());
    }
}
