package com.touchpoint.satisfaction;

/** Response and timeliness of callbacks for one team or one callback agent in a month. */
public record ResponseRates(String name, long attempted, long responded, long timely) {

    public Double responseRate() {
        return IndicatorCalculator.rate(responded, attempted);
    }

    public Double timelinessRate() {
        return IndicatorCalculator.rate(timely, attempted);
    }
}
