package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.touchpoint.TouchpointTest;
import com.touchpoint.dashboard.HrOverview;
import com.touchpoint.dashboard.HrOverview.HrFigures;
import com.touchpoint.dashboard.HrOverview.TeamIncentives;
import com.touchpoint.dashboard.QualityOverview;
import com.touchpoint.dashboard.QualityOverview.QualityFigures;
import com.touchpoint.dashboard.QualityOverview.WeakItem;
import com.touchpoint.incentive.MonthState;
import com.touchpoint.satisfaction.ResponseRates;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HR and quality homes in Chromium, in Chinese and English: the figures on the page are those of the
 * dashboard's services, read here through the Spring context as the same users.
 */
@TouchpointTest
class HrQualityHomeJourneyTests extends BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots-home");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HrQualityHomeJourneyTests.class);

    @Autowired
    HrOverview hr;
    @Autowired
    QualityOverview quality;
    @Autowired
    MessageSource messages;

    @BeforeAll
    static void screenshotFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    private void as(String username, String locale, Consumer<Page> steps) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 900))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(Chromium.DEMO_PASSWORD);
            long start = System.nanoTime();
            page.locator("input[name='password']").press("Enter");
            page.locator("#user-menu").waitFor();
            log.info("{} in {}: home shown {} ms after signing in", username, locale,
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(page.locator("#main-nav vaadin-side-nav-item").first())
                    .containsText(locale.startsWith("en") ? "Home" : "首页");
            steps.accept(page);
        }
    }

    private static List<String> cells(Page page, String gridId) {
        page.locator("#" + gridId + " vaadin-grid-cell-content").first().waitFor();
        return page.locator("#" + gridId + " vaadin-grid-cell-content").allTextContents().stream()
                .map(String::strip).toList();
    }

    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @ParameterizedTest(name = "hr1 in {0}")
    @ValueSource(strings = {"zh-CN", "en-US"})
    void hr1_sees_the_months_team_totals_and_schemes_of_the_hr_overview(String locale) {
        Locale language = Locale.forLanguageTag(locale);
        as("hr1", locale, page -> {
            HrFigures figures = TestAccess.as("hr1", hr::figures, "ROLE_HR");
            assertThat(page.locator("#hr-total")).containsText(figures.total().finalAmount().toPlainString());
            assertThat(page.locator("#hr-total")).containsText(String.valueOf(figures.total().statements()));
            // the grid fetches rows 50 at a time: wait for the last team (they are listed in the figures' order)
            TeamIncentives last = figures.teams().get(figures.teams().size() - 1);
            assertThat(page.locator("#hr-teams vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText(last.teamName())).first()).isAttached();
            List<String> teams = cells(page, "hr-teams");
            for (TeamIncentives team : figures.teams()) {
                assertThat(teams).contains(team.teamName(), team.finalAmount().toPlainString(),
                        team.calculated().toPlainString());
            }
            List<String> months = cells(page, "hr-months");
            for (MonthState month : figures.months()) {
                assertThat(months).contains(messages.getMessage(month.status().messageKey(), null, language));
            }
            List<String> schemes = cells(page, "hr-schemes");
            figures.schemes().stream().filter(s -> s.inForce() != null).forEach(s -> assertThat(schemes)
                    .contains(s.post().name(language), s.inForce().parameters().base().toPlainString()));
            assertThat(page.locator("#hr-teams-chart")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("hr-" + locale + ".png")));
        });
    }

    @ParameterizedTest(name = "quality1 in {0}")
    @ValueSource(strings = {"zh-CN", "en-US"})
    void quality1_sees_the_rates_weakest_items_imports_and_reports_of_the_quality_overview(String locale) {
        Locale language = Locale.forLanguageTag(locale);
        as("quality1", locale, page -> {
            QualityFigures figures = TestAccess.as("quality1", quality::figures, "ROLE_QUALITY");
            ResponseRates total = figures.total();
            assertThat(page.locator("#quality-rates-total")).containsText(String.valueOf(total.attempted()));
            assertThat(page.locator("#quality-rates-total")).containsText(twoDecimals(total.responseRate()) + "%");
            assertThat(page.locator("#quality-rates-total")).containsText(twoDecimals(total.timelinessRate()) + "%");
            List<String> rates = cells(page, "quality-rates-teams");
            for (ResponseRates team : figures.teams()) {
                assertThat(rates).contains(team.name(), String.valueOf(team.attempted()),
                        twoDecimals(team.responseRate()) + "%", twoDecimals(team.timelinessRate()) + "%");
            }
            List<String> items = cells(page, "quality-items");
            for (WeakItem item : figures.items().weakest()) {
                assertThat(items).contains(item.item().name(language), twoDecimals(item.mean()),
                        twoDecimals(item.gap()));
            }
            assertThat(page.locator("#quality-items-chart")).hasCount(1);
            assertThat(page.locator("#quality-items-heat")).hasCount(1);
            if (!figures.reports().isEmpty()) {
                assertThat(cells(page, "quality-reports")).contains(figures.reports().get(0).unitName());
            }
            if (!figures.imports().isEmpty()) {
                assertThat(cells(page, "quality-imports")).contains(String.valueOf(figures.imports().get(0).rejected()));
            }
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("quality-" + locale + ".png")));
        });
    }
}
