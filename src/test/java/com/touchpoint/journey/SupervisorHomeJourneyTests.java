package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.touchpoint.TouchpointTest;
import com.touchpoint.dashboard.Cockpit;
import com.touchpoint.dashboard.CockpitRow;
import com.touchpoint.dashboard.TeamCockpit;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * supervisor1's home in Chromium, in Chinese and English at desktop width: the cockpit grid shows the same figures
 * as the cockpit service for several members, strain only for those who share, and the page does not scroll
 * sideways on a 390 px phone (the grid scrolls inside itself).
 */
@TouchpointTest
class SupervisorHomeJourneyTests extends BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots-home");

    @Autowired
    TeamCockpit cockpits;

    private Cockpit cockpit() {
        return TestAccess.as("supervisor1", () -> cockpits.of(cockpits.myTeams().get(0).id()), "ROLE_SUPERVISOR",
                "ROLE_STAFF");
    }

    private static String number(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String cell(String key, CockpitRow row) {
        return "#cockpit-grid span.cockpit-" + key + "[data-employee-no='" + row.employeeNo() + "']";
    }

    @Test
    void supervisor1_sees_the_services_figures_in_chinese() throws Exception {
        checkHome("zh-CN", "zh", Map.of("not-shared", "未分享", "none", "无", "LOW_MOOD", "心情低落",
                "STRESS_AND_FALLING", "压力大且指数下滑", "COMPLAINTS", "投诉"), "{0} 条（{1} 分）");
    }

    @Test
    void supervisor1_sees_the_services_figures_in_english() throws Exception {
        checkHome("en-US", "en", Map.of("not-shared", "not shared", "none", "none", "LOW_MOOD", "low mood",
                "STRESS_AND_FALLING", "high stress, index falling", "COMPLAINTS", "complaints"), "{0} ({1} points)");
    }

    private void checkHome(String locale, String lang, Map<String, String> strain, String kudosPattern)
            throws Exception {
        java.nio.file.Files.createDirectories(SCREENSHOTS);
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1400, 1000))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            // signed in by hand: the first page of a fresh server may take longer than the usual assertion timeout
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("supervisor1");
            page.locator("input[name='password']").fill(Chromium.DEMO_PASSWORD);
            page.locator("input[name='password']").press("Enter");
            page.waitForURL(url("/"));
            assertThat(page.locator("#cockpit-grid")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
            Cockpit cockpit = cockpit();
            assertThat(cockpit.rows()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(page.locator("#cockpit-grid a.cockpit-name")).hasCount(cockpit.rows().size());
            // the most and least callbacks, and a member who shares their check-ins (staff1, E10004)
            List<CockpitRow> some = List.of(
                    cockpit.rows().stream().max(Comparator.comparingLong(CockpitRow::callbacks)).orElseThrow(),
                    cockpit.rows().stream().min(Comparator.comparingLong(CockpitRow::callbacks)).orElseThrow(),
                    cockpit.rows().stream().filter(r -> r.employeeNo().equals("E10004")).findFirst().orElseThrow());
            for (CockpitRow row : some) {
                assertThat(page.locator(cell("n", row))).hasText(String.valueOf(row.callbacks()));
                assertThat(page.locator(cell("adjusted", row)).textContent()).startsWith(number(row.adjustedIndex()));
                assertThat(page.locator(cell("training", row))).hasText(String.valueOf(row.trainingOverdue()));
                assertThat(page.locator(cell("kudos", row))).hasText(java.text.MessageFormat.format(kudosPattern,
                        row.kudosReceived(), row.kudosPoints()));
                String expectedStrain = row.strain() == null ? strain.get("not-shared")
                        : row.strain().isEmpty() ? strain.get("none")
                        : String.join(lang.equals("zh") ? "、" : ", ", row.strain().stream().map(strain::get).toList());
                assertThat(page.locator(cell("strain", row))).hasText(expectedStrain);
                assertThat(page.locator("#cockpit-grid a.cockpit-name[data-employee-no='" + row.employeeNo() + "']"))
                        .hasAttribute("href", "member/" + row.staffId());
            }
            assertThat(cockpit.rows().stream().filter(r -> r.employeeNo().equals("E10004")).findFirst().orElseThrow()
                    .strain()).as("staff1 shares with supervisor1").isNotNull();
            assertThat(cockpit.rows()).as("some of the team do not share").anyMatch(r -> r.strain() == null);
            CockpitRow keeping = cockpit.rows().stream().filter(r -> r.strain() == null).findFirst().orElseThrow();
            assertThat(page.locator(cell("strain", keeping))).hasText(strain.get("not-shared"));
            // a row's button, drawn by the grid's template in the browser, opens the session dialog for its member;
            // the click is dispatched on the button itself, as the grid may still be fitting its column widths
            page.locator("#cockpit-grid vaadin-button.cockpit-start-session[data-employee-no='"
                    + keeping.employeeNo() + "']").dispatchEvent("click");
            // the dialog's date and time pickers are loaded on first use: allow for it on a loaded machine
            assertThat(page.locator("#schedule-staff input")).hasValue(keeping.name() + " (" + keeping.employeeNo() + ")",
                    new LocatorAssertions.HasValueOptions().setTimeout(60_000));
            page.keyboard().press("Escape");
            assertThat(page.locator("#schedule-staff")).isHidden();
            assertThat(page.locator("#cockpit-trend")).isAttached();
            assertThat(page.locator("#cockpit-heatmap")).isAttached();
            // the layout scrolls inside itself, so a tall window shows the cards and the whole grid at once
            page.setViewportSize(1400, 2400);
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supervisor-" + lang + ".png"))
                    .setFullPage(true));

            page.setViewportSize(390, 844);
            page.waitForTimeout(500);
            Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) pageWidth).intValue()).as("no sideways page scroll at 390 px").isLessThanOrEqualTo(390);
            page.locator("#cockpit-grid").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supervisor-" + lang + "-390.png"))
                    .setFullPage(true));
        }
    }
}
