package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** End-to-end journeys in Debian's Chromium against the running application. */
@TouchpointTest
class BrowserJourneyTests extends BrowserJourney {

    static Browser browser;

    @org.springframework.beans.factory.annotation.Autowired
    com.touchpoint.staff.StaffDirectory directory;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void keepBrowser() {
        browser = chromium.browser;
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private void login(String username) {
        Chromium.signIn(page, url(""), username);
    }

    private Locator gridCell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void a_supervisor_signs_in_and_sees_their_teams_staff() {
        login("supervisor1");
        page.locator("#main-nav vaadin-side-nav-item[path='staff']").click();
        page.waitForURL(url("/staff"));
        assertThat(gridCell("E10004")).isVisible();
        assertThat(gridCell("西城营业厅一班").first()).isVisible();
        assertThat(gridCell("E10044")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("supervisor-staff.png")));
    }

    @Test
    void a_staff_member_on_a_phone_is_refused_the_admin_route() {
        page.setViewportSize(390, 844);
        login("staff1");
        assertThat(page.locator("#main-nav")).isHidden();
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("#main-nav")).isVisible();
        assertThat(page.locator("#main-nav vaadin-side-nav-item[path='admin/users']")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("staff-home-phone.png")));
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#user-grid")).hasCount(0);
        page.navigate(url("/staff"));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#staff-grid")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("staff-refused-phone.png")));
    }

    @Test
    void a_staff_member_on_a_phone_opens_my_scores() {
        page.setViewportSize(390, 844);
        login("staff1");
        page.navigate(url("/my-scores"));
        assertThat(page.locator("#scores-cards")).isVisible();
        assertThat(page.locator("#scores-cards")).containsText("调整后指数");
        assertThat(page.locator("#scores-items")).containsText("承诺兑现");
        assertThat(page.locator("#scores-callbacks vaadin-grid-cell-content").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("my-scores-phone.png")).setFullPage(true));
    }

    @Test
    void a_supervisor_opens_team_scores_and_drills_into_a_staff_member() {
        login("supervisor1");
        page.navigate(url("/team-scores"));
        assertThat(page.locator("#team-grid")).isVisible();
        assertThat(gridCell("E10004")).isVisible();
        assertThat(gridCell("E10044")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("team-scores.png")));
        gridCell("E10004").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/member/\\d+.*"));
        assertThat(page.locator("#member-facts")).containsText("E10004");
        assertThat(page.locator("#member-weak-help")).isVisible();
        page.locator("#member-all-scores").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/scores/\\d+"));
        assertThat(page.locator(".staff-scores h2")).containsText("E10004");
        assertThat(page.locator("#scores-cards")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("staff1-scores-by-supervisor.png"))
                .setFullPage(true));
    }

    @Test
    void a_supervisor_cannot_open_another_teams_member_by_url() {
        long otherTeamMember = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10044").id());
        login("supervisor1");
        page.navigate(url("/scores/" + otherTeamMember));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("#scores-cards")).hasCount(0);
    }

    @Test
    void the_login_page_follows_the_browser_language() {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("登录");
        try (BrowserContext english = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page englishPage = english.newPage();
            englishPage.navigate(url("/login"));
            assertThat(englishPage.locator("vaadin-login-form")).containsText("Sign in");
        }
    }

    @Test
    void the_chosen_language_is_remembered_for_the_next_sign_in() {
        login("staff2");
        assertThat(page.locator("#main-nav")).containsText("首页");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("语言")).click();
        page.locator("#language-en").click();
        assertThat(page.locator("#main-nav")).containsText("Home");
        context.clearCookies();
        login("staff2");
        assertThat(page.locator("#main-nav")).containsText("Home");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("staff2-english.png")));
    }

    @Test
    void a_staff_member_on_a_phone_plays_a_training_module_to_the_debrief() {
        page.setViewportSize(390, 844);
        login("staff1");
        assertThat(page.locator("#notification-bell")).isVisible();
        page.navigate(url("/training"));
        assertThat(page.locator("#training-assigned")).containsText("已逾期");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("my-training-phone.png")).setFullPage(true));
        page.locator("#training-modules vaadin-details-summary").click();
        page.locator("#training-modules .play-module").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/training/play/.+"));
        assertThat(page.locator("#chat .bubble.customer").first()).isVisible();
        assertThat(page.locator("#chat .mood-badge").first()).isVisible();
        int decisions = 0;
        while (page.locator("#debrief").count() == 0 && decisions < 20) {
            Locator reply = page.locator("#reply-0");
            reply.click();
            decisions++;
            page.locator(".feedback").nth(decisions - 1).waitFor();
        }
        assertThat(page.locator("#debrief")).isVisible();
        assertThat(page.locator("#debrief-total")).containsText("得分");
        assertThat(page.locator("#debrief-verdict")).isVisible();
        assertThat(page.locator("#debrief .debrief-step")).hasCount(decisions);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("training-debrief-phone.png")).setFullPage(true));
        page.locator("#back-to-training").click();
        page.waitForURL(url("/training"));
        assertThat(page.locator("#history-grid vaadin-grid-cell-content").first()).isVisible();
    }

    @Test
    void a_staff_member_gives_kudos_and_sees_it_in_the_feed() {
        login("staff1");
        page.navigate(url("/recognition"));
        assertThat(page.locator("#allowance-status")).containsText("本月剩余");
        String colleague = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10005")).name();
        page.locator("#kudos-receiver input").fill(colleague);
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#kudos-value").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("团队协作")).click();
        String message = "谢谢你帮我处理了那位着急的客户 " + System.nanoTime() % 100000;
        page.locator("#kudos-message textarea").fill(message);
        page.locator("#kudos-give").click();
        assertThat(page.locator("#feed")).containsText(message);
        assertThat(page.locator("#allowance-status")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("kudos-feed.png")).setFullPage(true));
    }
}
