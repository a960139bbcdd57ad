package com.touchpoint.satisfaction;

/**
 * Answers to one item over some callbacks: how many, the sum of their normalised scores (0–100 each)
 * and how many were satisfied.
 */
record ItemTotals(long answers, double scoreSum, long satisfied) {

    static final ItemTotals NONE = new ItemTotals(0, 0, 0);

    /** From a rollup row, which keeps raw answers exactly and is normalised with its scale here. */
    static ItemTotals of(Scale scale, long answers, long answerSum, long satisfied) {
        double scoreSum = answers == 0 ? 0 : scale.normalisedMean(answerSum, answers) * answers;
        return new ItemTotals(answers, scoreSum, satisfied);
    }

    ItemTotals plus(ItemTotals other) {
        return new ItemTotals(answers + other.answers, scoreSum + other.scoreSum, satisfied + other.satisfied);
    }

    /** Mean normalised score (0–100), or null without answers. */
    Double mean() {
        return answers == 0 ? null : scoreSum / answers;
    }
}
