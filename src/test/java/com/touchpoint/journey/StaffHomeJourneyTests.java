package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.touchpoint.TouchpointTest;
import com.touchpoint.dashboard.StaffHomeFigures;
import com.touchpoint.dashboard.StaffOverview;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * staff1 opens the home on a 390 px phone, in Chinese and in English: the cards show the figures the services give
 * staff1 (read here through the application's own services), nothing is wider than the screen, and the index card
 * leads to My scores. Screenshots go to {@code target/screenshots-home/staff-<lang>.png}.
 */
@TouchpointTest
class StaffHomeJourneyTests extends BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots-home");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StaffHomeJourneyTests.class);

    @Autowired
    StaffHomeFigures figures;
    @Autowired
    StaffDirectory directory;

    @BeforeAll
    static void screenshotFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @ParameterizedTest(name = "staff1 in {0}")
    @CsvSource({"zh-CN, zh", "en-US, en"})
    void staff1_sees_the_services_figures_on_a_phone(String locale, String lang) {
        long staff1 = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10004").id());
        long start = System.nanoTime();
        StaffOverview o = TestAccess.as("staff1", () -> figures.overview(staff1), "ROLE_STAFF");
        log.info("staff1's overview read in {} ms", (System.nanoTime() - start) / 1_000_000);
        boolean english = lang.equals("en");
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(390, 844).setHasTouch(true).setIsMobile(true))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            long signIn = System.nanoTime();
            signIn(page);
            log.info("staff1's home shown {} ms after signing in", (System.nanoTime() - signIn) / 1_000_000);
            boolean switched = useLanguage(page, english);
            try {
                page.navigate(url("/"));
                assertThat(page.locator("#staff-home-index")).isVisible();

                assertThat(page.locator("#staff-home-adjusted")).hasText(number(o.scores().adjustedIndex()));
                assertThat(page.locator("#staff-home-target")).containsText(number(o.scores().target()));
                assertThat(page.locator("#staff-home-sample")).containsText("n = " + o.scores().callbacks());
                assertThat(page.locator("#staff-home-insufficient")).hasCount(o.scores().callbacks() > 0
                        && o.insufficientSample() ? 1 : 0);
                assertThat(page.locator(".staff-home-assignment")).hasCount(o.overdue().size() + o.dueSoon().size());
                assertThat(page.locator(".staff-home-comment-text")).hasCount(o.comments().size());
                for (int i = 0; i < o.comments().size(); i++) {
                    assertThat(page.locator(".staff-home-comment-text").nth(i)).hasText(o.comments().get(i).comment());
                }
                if (o.kudos().isEmpty()) {
                    assertThat(page.locator("#staff-home-kudos-received")).hasCount(0);
                } else {
                    assertThat(page.locator("#staff-home-kudos-received")).containsText(String.valueOf(o.kudosPoints()));
                }
                assertThat(page.locator("#staff-home-allowance")).containsText(o.allowance().remaining() + " ");
                assertThat(page.locator(".staff-home-action")).hasCount(o.openActions().size());
                assertThat(page.locator(".staff-home-awaiting")).hasCount(o.awaitingAcknowledgement().size());
                o.estimate().ifPresent(s -> assertThat(page.locator("#staff-home-estimate"))
                        .containsText(s.finalAmount().setScale(2, RoundingMode.HALF_UP).toPlainString()));
                assertThat(page.locator("#staff-home-estimate-label")).containsText(english ? "estimate" : "估算");
                assertThat(page.locator("#home-check-in").count()).as("the check-in prompt, once at most").isLessThanOrEqualTo(1);
                assertThat(page.locator(".staff-home #home-check-in")).hasCount(0);

                page.waitForTimeout(300);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("staff-" + lang + ".png")));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"
                        + " || [...document.querySelectorAll('.staff-home-card, .staff-home-card *')]"
                        + ".some(e => !e.closest('.tp-chart-fallback')" // a chart's screen-reader table, clipped to 1 px
                        + " && e.getBoundingClientRect().right > window.innerWidth + 0.5)");
                assertThat(overflow).as("something on the staff home is wider than the phone").isEqualTo(false);

                page.locator("#staff-home-index .staff-home-card-link").click();
                page.waitForURL(url("/my-scores"));
                assertThat(page.locator("#scores-cards")).isVisible();
            } finally {
                if (switched) {
                    useLanguage(page, !english);
                }
            }
        }
    }

    /** As {@link Chromium#signIn}, with time for a loaded machine to render the home. */
    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("staff1");
        page.locator("input[name='password']").fill(Chromium.DEMO_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
        try {
            page.locator("#staff-home-index").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("staff-signed-in.png")));
        }
    }

    private static String number(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A remembered language wins over the browser's: switch only when needed, and report it to switch back. */
    private static boolean useLanguage(Page page, boolean english) {
        String home = page.locator("#main-nav vaadin-side-nav-item").first().textContent().strip();
        if (home.equals(english ? "Home" : "首页")) {
            return false;
        }
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(english ? "语言" : "Language")).click();
        page.locator(english ? "#language-en" : "#language-zh").click();
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).containsText(english ? "Home" : "首页");
        return true;
    }
}
