package com.touchpoint.satisfaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Published when new callbacks were stored (from the API, a file import or the demo), once per stored delivery
 * or import chunk: how many callbacks each staff member received per service day. Duplicates and refused
 * records are not in it. Published inside the storing transaction, so a listener that reacts only to what was
 * committed listens transactionally.
 */
public record CallbacksStored(List<StaffDay> days) {

    public CallbacksStored {
        days = List.copyOf(days);
    }

    /** The new callbacks of one staff member on one service day. */
    public record StaffDay(long staffId, LocalDate serviceDate, int callbacks) {
    }

    /** The staff whose indicators changed. */
    public List<Long> staffIds() {
        return days.stream().map(StaffDay::staffId).distinct().sorted().toList();
    }

    static CallbacksStored of(List<ValidCallback> stored) {
        Map<Long, Map<LocalDate, Integer>> counts = new TreeMap<>();
        stored.forEach(c -> counts.computeIfAbsent(c.staffId(), id -> new TreeMap<>())
                .merge(c.serviceDate(), 1, Integer::sum));
        return new CallbacksStored(counts.entrySet().stream()
                .flatMap(staff -> staff.getValue().entrySet().stream()
                        .map(day -> new StaffDay(staff.getKey(), day.getKey(), day.getValue())))
                .toList());
    }
}
