package com.touchpoint.shared;

/**
 * A feature's part of the scale data ({@code com.touchpoint.scale}): like a {@link DemoDataContributor}, but
 * sized and seeded by a {@link ScalePlan}. Contributors run in {@link #order()}; the same plan gives the same data.
 */
public interface ScaleDataContributor {

    String name();

    int order();

    void contribute(ScalePlan plan, ScaleProgress progress);
}
