package com.touchpoint.satisfaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's summary and actions, written from its figures by fixed rules: the index against last month and
 * target; each weak item with its shortfall and change since last month; the hot spot with most complaints;
 * the complaint theme that grew most since last month.
 */
final class ReportConclusions {

    private ReportConclusions() {
    }

    /** A message key and its arguments, translated by the writer. */
    record Statement(String key, Object... args) {
    }

    static List<Statement> summary(ReportContent r, Function<Double, String> number, BiFunction<Double, Double, String> delta) {
        List<Statement> result = new ArrayList<>();
        if (r.current().index() == null) {
            result.add(new Statement("report.summary.index-none"));
        } else {
            result.add(new Statement("report.summary.index", number.apply(r.current().index()),
                    delta.apply(r.current().index(), r.previous().index()), delta.apply(r.current().index(), r.target()),
                    number.apply(r.target())));
        }
        if (r.weakItems().isEmpty()) {
            result.add(new Statement("report.summary.weak-none"));
        }
        for (ReportContent.WeakItem w : r.weakItems()) {
            result.add(new Statement("report.summary.weak", w.row().item().code(), number.apply(w.row().mean()),
                    number.apply(w.shortfall()), delta.apply(w.row().mean(), w.row().previousMean()), number.apply(w.gap())));
        }
        result.add(mostComplaints(r).map(s -> new Statement("report.summary.hot-spot", s.serviceType().messageKey(),
                s.channel().messageKey(), s.complaints())).orElse(new Statement("report.summary.hot-spot-none")));
        result.add(grownMost(r).map(g -> new Statement("report.summary.theme", "report.theme." + g.key(), g.now(), g.before()))
                .orElse(new Statement("report.summary.theme-none")));
        return result;
    }

    static Optional<ReportContent.HotSpot> mostComplaints(ReportContent r) {
        return r.hotSpots().stream().filter(s -> s.complaints() > 0)
                .max(Comparator.comparingLong(ReportContent.HotSpot::complaints));
    }

    record Growth(String key, long now, long before) {
    }

    /** The negative-comment theme with the largest rise in comments since last month, if any rose. */
    static Optional<Growth> grownMost(ReportContent r) {
        Map<String, Long> before = r.previousThemes().stream()
                .collect(Collectors.toMap(ReportContent.Theme::key, ReportContent.Theme::comments));
        return r.themes().stream().map(t -> new Growth(t.key(), t.comments(), before.getOrDefault(t.key(), 0L)))
                .filter(g -> g.now() > g.before())
                .max(Comparator.comparingLong((Growth g) -> g.now() - g.before()).thenComparingLong(Growth::now));
    }
}
