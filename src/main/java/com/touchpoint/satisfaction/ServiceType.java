package com.touchpoint.satisfaction;

import com.touchpoint.shared.Translatable;

/** A service type (业务开通 / 故障维修 / 投诉处理 / 业务办理). */
public enum ServiceType implements Translatable {
    ACTIVATION, REPAIR, COMPLAINT, TRANSACTION;

    @Override
    public String messageKey() {
        return "service-type." + name();
    }
}
