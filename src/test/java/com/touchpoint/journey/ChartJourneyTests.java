package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.touchpoint.TouchpointTest;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ECharts trend on My scores in Chromium, as staff1 on a phone in Chinese and in English: it really draws (SVG
 * with the target line's label), its hidden table holds the months' figures of {@link IndicatorService#trend},
 * a tooltip names the month, the series and the value, and the dark theme redraws it, all without a console error.
 * Screenshots go to {@code target/screenshots-charts/}.
 */
@TouchpointTest
class ChartJourneyTests extends BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots-charts");
    static final int MONTHS = 6;

    /** What ECharts drew in the component's shadow root. */
    private static final String DRAWN = """
            chart => {
              const svg = chart.shadowRoot.querySelector('#chart svg');
              if (!svg) return {paths: 0, texts: []};
              return {paths: svg.querySelectorAll('path').length,
                      texts: [...svg.querySelectorAll('text')].map(t => t.textContent)};
            }""";

    /** The text of ECharts' tooltip (a div beside the SVG) while it is shown, else "". */
    private static final String TOOLTIP = """
            (c => [...c.shadowRoot.querySelectorAll('#chart div')]
                .filter(d => !d.querySelector('svg') && d.style.display !== 'none'
                    && d.style.visibility !== 'hidden' && d.style.opacity !== '0')
                .map(d => d.textContent).join(' ').trim())""";

    @Autowired
    StaffDirectory directory;
    @Autowired
    IndicatorService indicators;
    @Autowired
    OperatorTime time;

    @BeforeAll
    static void screenshotFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // the first page of a run can be slow on a busy machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN, 目标, 调整后指数", "en-US, Target, Adjusted index"})
    @SuppressWarnings("unchecked")
    void my_scores_draw_the_trend_with_its_target_in_both_languages_and_themes(String locale, String target,
                                                                               String series) {
        long staffId = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10004").id());
        var month = time.currentMonth();
        List<MonthlyFigure> trend = TestAccess.asAdmin(() -> indicators.trend(staffId, month, MONTHS));
        double targetValue = TestAccess.asAdmin(() -> indicators.forStaff(staffId, Period.of(month)).target());
        boolean english = locale.startsWith("en");
        List<String> errors = Collections.synchronizedList(new ArrayList<>());

        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(PhoneJourneyTests.WIDTH, 844).setIsMobile(true).setHasTouch(true))) {
            context.setDefaultTimeout(30_000);
            context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                    + "console.error('securitypolicyviolation ' + e.violatedDirective + ' ' + e.blockedURI));");
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text());
                }
            });
            page.onPageError(error -> errors.add(error));
            Chromium.signIn(page, url(""), "staff1");
            boolean switched = PhoneJourneyTests.useLanguage(page, english);
            page.navigate(url("/my-scores"));

            Locator chart = page.locator("tp-chart#scores-trend");
            chart.waitFor();
            assertThat(chart).hasAttribute("data-drawn", "light/" + (english ? "EN" : "ZH"));
            assertThat(chart).hasAttribute("lang", java.util.regex.Pattern.compile(english ? "^en" : "^zh"));
            assertThat(chart).hasAttribute("role", "figure");
            String title = english ? "Trend over 6 months (adjusted index)" : "近 6 个月趋势（调整后指数）";
            assertThat(chart).hasAttribute("aria-label", title);
            assertThat(chart.evaluate("c => { const a = c.shadowRoot.querySelector('#chart'); "
                    + "return a.getAttribute('role') + '|' + a.getAttribute('aria-label'); }")).isEqualTo("img|" + title);
            var drawn = (java.util.Map<String, Object>) chart.evaluate(DRAWN);
            assertThat(((Number) drawn.get("paths")).intValue()).as("SVG paths drawn").isGreaterThan(3);
            assertThat((List<String>) drawn.get("texts")).as("texts drawn")
                    .contains(target + " " + oneDecimal(targetValue), series);

            List<String> expected = trend.stream().map(m -> m.adjustedIndex() == null ? "—" : oneDecimal(m.adjustedIndex()))
                    .toList();
            List<String> shown = chart.locator("table tbody tr td:nth-of-type(1)").allTextContents();
            assertThat(shown).as("the table's figures, month by month").isEqualTo(expected);
            assertThat(chart.locator("table caption")).hasText(title);
            assertThat(chart.locator(".tp-chart-fallback").boundingBox().width).as("the table is hidden from the eye")
                    .isLessThanOrEqualTo(1);

            // a tooltip: the month, the series and its value with one decimal
            var box = chart.boundingBox();
            int last = lastWithFigure(trend);
            String tooltip = null;
            if (last >= 0) {
                chart.scrollIntoViewIfNeeded();
                box = chart.boundingBox();
                page.mouse().move(box.x + box.width - 30, box.y + box.height / 2);
                page.waitForFunction("c => " + TOOLTIP + "(c) !== ''", chart.elementHandle());
                tooltip = (String) chart.evaluate(TOOLTIP);
                assertThat(tooltip).contains(chart.locator("table tbody tr th").last().textContent(), series,
                        oneDecimal(trend.get(MONTHS - 1).adjustedIndex()));
            }
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("page width").isLessThanOrEqualTo(PhoneJourneyTests.WIDTH);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                    .setPath(SCREENSHOTS.resolve("my-scores-" + locale + "-light.png")));
            chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trend-" + locale + "-light.png")));

            // dark theme from the user menu: a new ECharts instance in the dark theme, still drawn
            page.mouse().move(0, 0);
            page.locator("#user-menu vaadin-menu-bar-button").first().click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions()
                    .setName(english ? "Toggle light/dark theme" : "切换明暗主题")).click();
            assertThat(chart).hasAttribute("data-drawn", "dark/" + (english ? "EN" : "ZH"));
            var darkDrawn = (java.util.Map<String, Object>) chart.evaluate(DRAWN);
            assertThat(((Number) darkDrawn.get("paths")).intValue()).as("SVG paths drawn in the dark").isGreaterThan(3);
            assertThat((List<String>) darkDrawn.get("texts")).contains(target + " " + oneDecimal(targetValue));
            page.locator("vaadin-menu-bar-overlay, vaadin-context-menu-overlay").first()
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("my-scores-" + locale + "-dark.png")));
            chart.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trend-" + locale + "-dark.png")));

            // back to light, as the session started
            page.locator("#user-menu vaadin-menu-bar-button").first().click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions()
                    .setName(english ? "Toggle light/dark theme" : "切换明暗主题")).click();
            assertThat(chart).hasAttribute("data-drawn", "light/" + (english ? "EN" : "ZH"));
            if (switched) {
                PhoneJourneyTests.useLanguage(page, !english);
            }
            assertThat(errors).as("browser console errors").isEmpty();
        }
    }

    private static int lastWithFigure(List<MonthlyFigure> trend) {
        return trend.get(trend.size() - 1).adjustedIndex() == null ? -1 : trend.size() - 1;
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
