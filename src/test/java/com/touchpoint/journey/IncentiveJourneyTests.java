package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The incentive month end to end in Chromium: hr1 calculates last month (the demo's draft) and reviews it, hr2
 * approves and locks it, and staff1 on a phone opens the statement and follows the index to its callbacks.
 */
@TouchpointTest
class IncentiveJourneyTests extends BrowserJourney {

    private void as(String username, int width, Consumer<Page> steps) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(width, width < 500 ? 844 : 800))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            Chromium.signIn(page, url(""), username);
            steps.accept(page);
        }
    }

    private static Locator notice(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void hr1_calculates_and_reviews_hr2_approves_and_locks_and_staff1_follows_the_index_to_its_callbacks() {
        as("hr1", 1280, page -> {
            page.navigate(url("/incentives"));
            assertThat(page.locator("#incentive-status")).containsText("草稿");
            page.locator("#incentive-run").click();
            assertThat(notice(page, "份奖金明细").first()).isVisible();
            assertThat(page.locator("#incentive-grid")).isVisible();
            page.locator("#incentive-review").click();
            assertThat(page.locator("#incentive-status")).containsText("已复核");
            assertThat(page.locator("#incentive-approve")).isEnabled();
            page.locator("#incentive-approve").click();
            assertThat(notice(page, "另一位人力资源人员").first()).isVisible();
        });
        as("hr2", 1280, page -> {
            page.navigate(url("/incentives"));
            assertThat(page.locator("#incentive-status")).containsText("已复核");
            page.locator("#incentive-approve").click();
            assertThat(page.locator("#incentive-status")).containsText("已审批");
            page.locator("#incentive-lock").click();
            assertThat(page.locator("#incentive-status")).containsText("已锁定");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("incentives-locked.png")));
        });
        as("staff1", 390, page -> {
            page.navigate(url("/my-incentive"));
            assertThat(page.locator("#incentive-final")).containsText("最终金额");
            assertThat(page.locator("#incentive-estimate-label")).hasCount(0);
            page.locator("#evidence-index vaadin-details-summary").click();
            assertThat(page.locator("#evidence-index .evidence-callback").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("my-incentive-phone.png")));
        });
    }
}
