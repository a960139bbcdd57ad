package com.touchpoint;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void feature_modules_respect_their_boundaries_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
