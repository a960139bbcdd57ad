package com.touchpoint.satisfaction;

/** One item's figures for a staff member and period; mean and rate are null without answers. */
public record ItemIndicator(String code, long answers, Double mean, Double satisfiedRate, double target) {
}
