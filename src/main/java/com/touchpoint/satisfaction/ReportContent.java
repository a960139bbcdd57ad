package com.touchpoint.satisfaction;

import java.time.YearMonth;
import java.util.List;

/** Everything a callback report (回访报告) says about one org unit and month, before it is laid out. */
record ReportContent(String unitName, String unitCode, YearMonth month, Figures current, Figures previous,
                     double target, boolean mixedTarget, List<ItemRow> items, List<WeakItem> weakItems, List<HotSpot> hotSpots,
                     List<Theme> themes, List<Theme> previousThemes, List<Quote> negativeComments, List<Quote> positiveComments,
                     List<TrendPoint> trend, Breakdown breakdown) {

    /** The members of a team, or the units directly below a region or branch; the other list is empty. */
    record Breakdown(boolean team, List<UnitRow> units, List<StaffRow> staff) {
        static final Breakdown NONE = new Breakdown(false, List.of(), List.of());
    }

    /** A unit below the reported one: its pooled index and rate this month, against its target and last month. */
    record UnitRow(String name, String code, long callbacks, Double index, Double satisfactionRate, double target,
                   Double previousIndex) {
    }

    /** A team member: the indicators service's figures, the weakest item's name and the post ranking band key. */
    record StaffRow(StaffIndicators figures, String weakestItem, String bandKey, boolean insufficientSample) {
    }

    /** Pooled figures of the unit in one month; null where undefined. */
    record Figures(long attempted, long callbacks, Double responseRate, Double timelinessRate, Double index,
                   Double satisfactionRate) {
    }

    record ItemRow(ItemDefinition item, Double mean, Double previousMean, double target, Double satisfiedRate) {
    }

    /**
     * An item under target with its weight in the index and its weighted gap weight·(target − mean); the cause is
     * the most frequent theme in the comments of callbacks that scored it unsatisfied (null when none names one).
     */
    record WeakItem(ItemRow row, double weight, double gap, long lowComments, Theme cause) {

        double shortfall() {
            return row.target() - row.mean();
        }
    }

    /** Complaint-flagged or dissatisfied callbacks for one service type and channel. */
    record HotSpot(ServiceType serviceType, Channel channel, long complaints, long dissatisfied) {
    }

    record Theme(String key, long comments) {
    }

    /** A customer's comment with its service date, service type and overall answer on its scale. */
    record Quote(String text, java.time.LocalDate date, ServiceType serviceType, int overall, Scale scale) {

        /** The overall answer on the 0–100 scale, so that answers on different scales compare. */
        double normalised() {
            return scale.normalisedMean(overall, 1);
        }
    }

    record TrendPoint(YearMonth month, Double index) {
    }
}
