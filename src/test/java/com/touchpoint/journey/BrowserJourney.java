package com.touchpoint.journey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser journey needs: one Chromium per test class and the running application's address. */
abstract class BrowserJourney {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() throws Exception {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
