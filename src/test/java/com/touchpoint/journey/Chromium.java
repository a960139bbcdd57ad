package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Debian's Chromium driven by Playwright (which never downloads a browser), shared by the journeys. */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Paths.get(System.getProperty("touchpoint.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    public static final String DEMO_PASSWORD = "Demo#2026";

    private final Playwright playwright;
    public final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() throws Exception {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Chromium not found at " + EXECUTABLE + ": apt-get install chromium");
        }
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** Signs a demo user in through the login page and waits for the home page. */
    static void signIn(Page page, String baseUrl, String username) {
        signIn(page, baseUrl, username, DEMO_PASSWORD);
    }

    /** Signs in an account a test created, with its own password. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(baseUrl + "/");
        // the home joins every feature's figures; give a loaded machine time to render it
        assertThat(page.locator("#user-menu")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    }

    @Override
    public void close() {
        playwright.close();
    }
}
