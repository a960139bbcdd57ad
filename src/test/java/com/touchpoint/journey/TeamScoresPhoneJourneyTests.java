package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px phone: Team scores does not scroll the page sideways (the grid scrolls inside itself), and the
 * frozen name column is the first one, so it never lies over another column; the training page keeps every
 * history column in view and starts with all modules collapsed.
 */
@TouchpointTest
class TeamScoresPhoneJourneyTests extends BrowserJourney {

    /** Header cells of the grid in order, with their position and whether they are frozen. */
    private static final String HEADER_CELLS = """
            grid => [...grid.shadowRoot.querySelectorAll('#header th')]
                .filter(th => !th.hidden && th.getBoundingClientRect().width > 0)
                .map(th => {
                    const box = th.getBoundingClientRect();
                    const slot = th.querySelector('slot');
                    const content = slot ? slot.assignedElements().map(e => e.textContent).join('') : '';
                    return {text: content.trim(), left: box.left, right: box.right, frozen: th.hasAttribute('frozen')};
                })""";

    @Test
    void the_training_page_fits_a_phone_with_all_modules_collapsed_and_the_whole_history_in_view() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Chromium.signIn(page, base, "staff1");
            page.navigate(base + "/training");
            page.locator("#history-grid").waitFor();
            page.waitForFunction("() => document.querySelector('#history-grid')"
                    + ".querySelectorAll('vaadin-grid-cell-content').length > 3");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Chromium.SCREENSHOTS.resolve("training-390.png")));
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(390);
            assertThat(page.locator("#training-modules").getAttribute("opened")).as("all modules collapsed").isNull();
            Number hidden = (Number) page.locator("#history-grid")
                    .evaluate("grid => grid.$.table.scrollWidth - grid.$.table.clientWidth");
            assertThat(hidden.intValue()).as("history columns cut off (px)").isLessThanOrEqualTo(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void team_scores_fit_a_phone_with_the_frozen_name_column_first() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Chromium.signIn(page, base, "supervisor1");
            page.navigate(base + "/team-scores");
            page.locator("#team-grid").waitFor();
            // header cells and a first screen of rows
            page.waitForFunction("() => document.querySelector('#team-grid')"
                    + ".querySelectorAll('vaadin-grid-cell-content').length > 40");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Chromium.SCREENSHOTS.resolve("team-scores-390.png")));

            Number pageWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(pageWidth.intValue()).as("page width at a 390 px viewport").isLessThanOrEqualTo(390);

            List<Map<String, Object>> cells = (List<Map<String, Object>>) page.locator("#team-grid").evaluate(HEADER_CELLS);
            assertThat(cells).hasSizeGreaterThan(5);
            assertThat(cells.get(0)).containsEntry("text", "姓名").containsEntry("frozen", true);
            assertThat(cells.stream().skip(1).noneMatch(c -> Boolean.TRUE.equals(c.get("frozen")))).isTrue();
            double nameRight = ((Number) cells.get(0).get("right")).doubleValue();
            assertThat(((Number) cells.get(1).get("left")).doubleValue()).as("the column after the name")
                    .isGreaterThanOrEqualTo(nameRight - 1);
            assertThat(nameRight).as("the frozen column leaves room for the others").isLessThan(390 * 0.6);

            page.locator("#team-grid").evaluate("grid => grid.$.table.scrollLeft = grid.$.table.scrollWidth");
            page.waitForTimeout(300);
            List<Map<String, Object>> scrolled = (List<Map<String, Object>>) page.locator("#team-grid").evaluate(HEADER_CELLS);
            assertThat(((Number) scrolled.get(0).get("left")).doubleValue()).as("the name column stays put")
                    .isEqualTo(((Number) cells.get(0).get("left")).doubleValue());
            Number scrolledWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(scrolledWidth.intValue()).as("page width after scrolling the grid").isLessThanOrEqualTo(390);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("team-scores-390-scrolled.png")));
        }
    }
}
