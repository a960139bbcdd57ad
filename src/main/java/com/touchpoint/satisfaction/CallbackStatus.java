package com.touchpoint.satisfaction;

import com.touchpoint.shared.Translatable;

/** How a callback ended; only completed callbacks carry answers. */
public enum CallbackStatus implements Translatable {
    COMPLETED, UNREACHABLE, REFUSED;

    @Override
    public String messageKey() {
        return "callback-status." + name();
    }
}
