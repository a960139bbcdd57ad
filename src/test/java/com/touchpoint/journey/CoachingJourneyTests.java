package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coaching loop in Chromium: supervisor1 starts a session with staff1 from "who may need coaching", sees the
 * evidence, agrees an action with a training assignment and finishes the session; staff1 on a 390 px phone sees the
 * session and the assignment and acknowledges the summary.
 */
@TouchpointTest
class CoachingJourneyTests extends BrowserJourney {

    private static final Pattern SESSION_URL = Pattern.compile(".*/coaching/session/(\\d+)$");

    private static java.nio.file.Path shot(String name) {
        return Chromium.SCREENSHOTS.resolve(name);
    }

    @Test
    void a_supervisor_coaches_staff1_with_evidence_and_training_and_staff1_acknowledges_on_a_phone() {
        String sessionPath;
        String moduleTitle;
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            Chromium.signIn(page, url(""), "supervisor1");
            page.locator("#main-nav vaadin-side-nav-item[path='coaching/candidates']").click();
            page.waitForURL(url("/coaching/candidates"));
            assertThat(page.locator("#coaching-rule")).containsText("距上次面谈天数");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot("coaching-candidates.png")).setFullPage(true));
            page.locator("vaadin-button.start-session[data-employee-no='E10004']").click();
            assertThat(page.locator("#schedule-staff input")).hasValue(Pattern.compile(".*E10004.*"));
            page.locator("#schedule-save").click();
            page.waitForURL(SESSION_URL);
            Matcher id = SESSION_URL.matcher(page.url());
            assertThat(id.matches()).isTrue();
            sessionPath = "/coaching/session/" + id.group(1);

            assertThat(page.locator("#coaching-evidence")).isVisible();
            assertThat(page.locator("#coaching-evidence")).containsText("未达标题项");
            assertThat(page.locator("#coaching-evidence")).containsText("近六个月");
            assertThat(page.locator("#session-state")).hasText("已安排");

            page.locator("#add-action").click();
            page.locator("#action-description input").fill("完成承诺管理场景练习");
            page.locator("#action-training input").click();
            page.locator("vaadin-combo-box-item").first().click();
            moduleTitle = page.locator("#action-training input").inputValue();
            assertThat(moduleTitle).isNotBlank();
            page.locator("#action-save").click();
            assertThat(page.locator("#coaching-actions")).containsText("完成承诺管理场景练习");
            assertThat(page.locator("#coaching-actions")).containsText("培训：" + moduleTitle);
            page.locator("#hold-session").click();
            assertThat(page.locator("#session-state")).hasText("待员工确认");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot("coaching-session-supervisor.png"))
                    .setFullPage(true));
        }

        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            Chromium.signIn(page, url(""), "staff1");
            page.navigate(url("/coaching"));
            assertThat(page.locator("#my-sessions")).isVisible();
            page.locator("#my-sessions a[href='" + sessionPath.substring(1) + "']").click();
            page.waitForURL(url(sessionPath));
            assertThat(page.locator("#session-state")).hasText("待员工确认");
            assertThat(page.locator("#coaching-actions")).containsText("培训：" + moduleTitle);
            assertThat(page.locator("#private-notes")).hasCount(0);
            page.locator("#ack-comment textarea").fill("明白了，会按时完成练习");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot("coaching-session-staff-phone.png"))
                    .setFullPage(true));
            page.locator("#acknowledge").click();
            assertThat(page.locator("#session-state")).hasText("已确认");
            assertThat(page.locator("body")).containsText("明白了，会按时完成练习");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("no sideways scrolling at 390 px").isEqualTo(false);
            page.navigate(url("/training"));
            assertThat(page.locator("body")).containsText(moduleTitle);
        }
    }
}
