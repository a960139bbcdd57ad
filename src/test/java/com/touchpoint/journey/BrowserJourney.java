package com.touchpoint.journey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

    /** Whether the front end was seen ready once in this test run. */
    private static volatile boolean frontEndReady;

    /**
     * Waits while Vaadin builds the development bundle, which it does on start when the committed
     * {@code src/main/bundles/dev.bundle} no longer matches the front end (README: Front end): meanwhile every page
     * is a "Building front-end development bundle" notice that no journey could sign in on.
     */
    @BeforeEach
    void waitForTheFrontEnd() throws Exception {
        if (frontEndReady) {
            return;
        }
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                .header("X-DevModePoll", "true").timeout(java.time.Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(20).toNanos();
        while (client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("X-DevModePending").isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The front-end development bundle was not built within 20 minutes");
            }
            Thread.sleep(1000);
        }
        frontEndReady = true;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
