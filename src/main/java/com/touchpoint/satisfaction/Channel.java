package com.touchpoint.satisfaction;

import com.touchpoint.shared.Translatable;

/** The channel the service was given through (营业厅 / 热线 / 上门 / 线上). */
public enum Channel implements Translatable {
    SHOP, HOTLINE, ONSITE, ONLINE;

    @Override
    public String messageKey() {
        return "channel." + name();
    }
}
