package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every page of every role works under the Content-Security-Policy: Chromium reports no violation. */
@TouchpointTest
class SecurityHeadersJourneyTests {

    static final Path CHROMIUM = Paths.get(System.getProperty("touchpoint.chromium", "/usr/bin/chromium"));

    /** Reports violations on the console, where they are collected with Chromium's own CSP messages. */
    private static final String VIOLATION_REPORTER = "document.addEventListener('securitypolicyviolation', e => "
            + "console.error('securitypolicyviolation ' + e.violatedDirective + ' ' + e.blockedURI));";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        context.addInitScript(VIOLATION_REPORTER);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("securitypolicyviolation")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin1", "supervisor1", "staff1", "quality1", "hr1"})
    void every_page_of_the_side_navigation_works_under_the_content_security_policy(String username) {
        try {
            visitEveryPage(username);
        } catch (PlaywrightException e) {
            // a page the policy breaks usually fails to render: report what the browser refused first
            assertThat(violations).as("CSP violations for " + username).isEmpty();
            throw e;
        }
        assertThat(violations).as("CSP violations for " + username).isEmpty();
    }

    private void visitEveryPage(String username) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo#2026");
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        assertThat(page.locator("#user-menu")).isVisible();

        page.locator("#main-nav vaadin-side-nav-item").first().waitFor();
        List<String> paths = page.locator("#main-nav vaadin-side-nav-item").all().stream()
                .map(item -> item.getAttribute("path")).filter(path -> path != null).toList();
        assertThat(paths).isNotEmpty();
        // each page is loaded on its own, so that a page failing for another reason does not hide the rest
        for (String path : paths) {
            page.navigate(url("/" + path));
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
    }
}
