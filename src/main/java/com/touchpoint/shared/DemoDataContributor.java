package com.touchpoint.shared;

/**
 * A feature's part of the demo data. Each contributor runs once per database, in {@link #order()},
 * and only when {@code touchpoint.demo-data.enabled} is true.
 */
public interface DemoDataContributor {

    /** Stable name recorded once the contributor has run. */
    String name();

    int order();

    void contribute();
}
