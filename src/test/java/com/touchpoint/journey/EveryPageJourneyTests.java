package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo role, in Chinese and in English, opens every page of its side navigation in Chromium: no error
 * page, no raw message pattern, no missing message key, no exception name anywhere on the page, and nothing
 * the Content-Security-Policy refuses (Chromium reports each violation on the console).
 */
@TouchpointTest
class EveryPageJourneyTests extends BrowserJourney {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][a-z0-9-]*\\.[a-z0-9.-]+");

    /** Reports violations on the console, where they are collected with Chromium's own CSP messages. */
    private static final String VIOLATION_REPORTER = "document.addEventListener('securitypolicyviolation', e => "
            + "console.error('securitypolicyviolation ' + e.violatedDirective + ' ' + e.blockedURI));";

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"staff1, zh-CN", "staff1, en-US", "supervisor1, zh-CN", "supervisor1, en-US", "quality1, zh-CN",
            "quality1, en-US", "hr1, zh-CN", "hr1, en-US", "admin1, zh-CN", "admin1, en-US"})
    void every_side_navigation_page_opens_without_an_error_raw_text_or_a_content_security_policy_violation(
            String username, String locale) {
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 800))) {
            context.setDefaultTimeout(30_000);
            context.addInitScript(VIOLATION_REPORTER);
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().contains("securitypolicyviolation")) {
                    violations.add(page.url() + ": " + message.text());
                }
            });
            List<String> problems;
            try {
                problems = visitEveryPage(page, username, locale);
            } catch (PlaywrightException e) {
                // a page the policy breaks usually fails to render: report what the browser refused first
                assertThat(violations).as("CSP violations").isEmpty();
                throw e;
            }
            assertThat(problems).isEmpty();
            assertThat(violations).as("CSP violations").isEmpty();
        }
    }

    private List<String> visitEveryPage(Page page, String username, String locale) {
        boolean english = locale.startsWith("en");
        Chromium.signIn(page, url(""), username);
        boolean switched = useLanguage(page, english);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve("every-page-" + username + "-" + locale + ".png")));

        List<String> problems = new ArrayList<>(problemsOn(page, "/"));
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.locator("#main-nav vaadin-side-nav-item")
                .evaluateAll("items => items.map(i => i.getAttribute('path')).filter(p => p)");
        assertThat(paths).as("side navigation of " + username).isNotEmpty();
        for (String path : paths) {
            page.locator("#main-nav vaadin-side-nav-item[path='" + path + "']").click();
            page.waitForURL(url("/" + path));
            page.locator("vaadin-app-layout > :not([slot])").first().waitFor();
            problems.addAll(problemsOn(page, "/" + path));
        }
        if (switched) {
            useLanguage(page, !english);
        }
        return problems;
    }

    @org.junit.jupiter.api.Test
    void a_page_that_fails_shows_the_error_page_with_an_id_and_no_exception() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, url(""), "staff1");
            boolean switched = useLanguage(page, false);
            page.navigate(url("/test/failure/unexpected"));
            assertThat(page.locator("#error-view")).isVisible();
            assertThat(page.locator("#error-id")).hasText(Pattern.compile("错误编号：[0-9A-F]{8}"));
            String text = page.locator("body").innerText();
            if (switched) {
                page.navigate(url("/"));
                useLanguage(page, true);
            }
            assertThat(text).doesNotContain("Exception", "There was an exception", "java.");
        }
    }

    /**
     * A remembered language wins over the browser's: switch only when needed, and report it so the test can
     * switch back and leave the account as it found it.
     */
    private static boolean useLanguage(Page page, boolean english) {
        assertThat(page.locator("#main-nav")).isVisible();
        String home = page.locator("#main-nav vaadin-side-nav-item").first().innerText().strip();
        if (home.equals(english ? "Home" : "首页")) {
            return false;
        }
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(english ? "语言" : "Language")).click();
        page.locator(english ? "#language-en" : "#language-zh").click();
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).containsText(english ? "Home" : "首页");
        return true;
    }

    private static List<String> problemsOn(Page page, String path) {
        List<String> problems = new ArrayList<>();
        if (page.locator("#error-view").count() > 0) {
            problems.add(path + ": error page " + page.locator("#error-view").innerText());
        }
        String text = page.locator("body").innerText();
        for (String bad : List.of("There was an exception", "Exception", "{0", "{1", "!{")) {
            if (text.contains(bad)) {
                problems.add(path + ": '" + bad + "' on the page");
            }
        }
        var missing = MISSING_KEY.matcher(text);
        if (missing.find()) {
            problems.add(path + ": missing key " + missing.group());
        }
        return problems;
    }
}
