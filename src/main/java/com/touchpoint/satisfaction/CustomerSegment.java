package com.touchpoint.satisfaction;

import com.touchpoint.shared.Translatable;

/** Customer segment (大客户 / 商业客户 / 大众客户). */
public enum CustomerSegment implements Translatable {
    KEY, BUSINESS, MASS;

    @Override
    public String messageKey() {
        return "segment." + name();
    }
}
