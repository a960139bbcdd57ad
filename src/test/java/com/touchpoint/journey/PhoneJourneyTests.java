package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.touchpoint.TouchpointTest;
import com.touchpoint.recognition.KudosGiving;
import com.touchpoint.recognition.KudosRequest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every demo role on a 390 px phone: nothing wider than the screen and no sideways scrolling of the
 * page (a grid may still scroll inside itself). Screenshots of each page go to {@code target/screenshots-390/}.
 */
@TouchpointTest
class PhoneJourneyTests extends BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots-390");
    static final int WIDTH = 390;
    static final String PLAYED_MODULE = "billing-dispute-angry";

    /**
     * Lists what sticks out sideways: the document or the layout's content area scrolling sideways, the innermost
     * visible elements wider than the viewport, and those reaching past its right edge (outside shadow roots and
     * grids, so a grid scrolling inside itself is not counted).
     */
    private static final String OVERFLOW = """
            () => {
              const width = window.innerWidth;
              const found = [];
              const root = document.documentElement;
              if (root.scrollWidth > width) found.push('document scrollWidth ' + root.scrollWidth + ' > ' + width);
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              if (content && content.scrollWidth > content.clientWidth + 1) {
                found.push('content area scrollWidth ' + content.scrollWidth + ' > ' + content.clientWidth);
              }
              // a chart's table for screen readers sits in a 1 px box that clips it: nothing of it is painted
              const visible = el => el.checkVisibility({opacityProperty: true, visibilityProperty: true})
                  && !el.closest('.tp-chart-fallback');
              const tooWide = el => visible(el) && el.getBoundingClientRect().width > width + 0.5;
              for (const el of document.querySelectorAll('body *')) {
                // name the innermost culprits: an element wider than the screen none of whose children is
                if (tooWide(el) && ![...el.children].some(tooWide)) {
                  const box = el.getBoundingClientRect();
                  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().replace(/\\s+/g, '.') : '');
                  found.push(name + ' is ' + Math.round(box.width) + ' px wide');
                }
              }
              const pastEdge = el => visible(el) && !el.closest('vaadin-grid')
                  && el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0;
              for (const el of document.querySelectorAll('body *')) {
                if (pastEdge(el) && ![...el.children].some(pastEdge)) {
                  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().replace(/\s+/g, '.') : '');
                  found.push(name + ' reaches ' + Math.round(el.getBoundingClientRect().right) + ' px');
                }
              }
              return found.slice(0, 8);
            }""";

    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    KudosGiving kudos;

    @BeforeAll
    static void screenshotFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"staff1, zh-CN", "staff1, en-US", "supervisor1, zh-CN", "supervisor1, en-US", "quality1, zh-CN",
            "quality1, en-US", "hr1, zh-CN", "hr1, en-US", "admin1, zh-CN", "admin1, en-US"})
    void every_page_fits_a_390_px_phone(String username, String locale) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(WIDTH, 844).setHasTouch(true).setIsMobile(true))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            boolean english = locale.startsWith("en");
            Chromium.signIn(page, url(""), username);
            boolean switched = useLanguage(page, english);
            List<String> problems = new ArrayList<>();
            for (String path : pagesOf(page, username)) {
                page.navigate(url("/" + path));
                page.locator("vaadin-app-layout > :not([slot])").first().waitFor();
                page.waitForTimeout(400);
                problems.addAll(overflowOn(page, username + "-" + locale, path));
            }
            problems.addAll(bellFits(page, username + "-" + locale));
            if (switched) {
                useLanguage(page, !english);
            }
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void the_browser_shows_a_favicon_and_the_not_found_page_leads_home() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(WIDTH, 844).setIsMobile(true))) {
            Page page = context.newPage();
            var member = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "图标");
            Chromium.signIn(page, url(""), member.username(), "Member#2026");
            String icon = page.locator("link[rel='icon']").first().getAttribute("href");
            assertThat(icon).isNotBlank();
            APIResponse response = page.request().get(url("/" + icon.replaceFirst("^\\./", "")));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).contains("image/svg+xml");
            page.navigate(url("/no-such-page"));
            page.locator("#not-found-home").click();
            page.waitForURL(url("/"));
            assertThat(page.locator("#page-title")).hasText("首页");
        }
    }

    @Test
    void a_500_character_kudos_message_without_spaces_wraps_inside_its_card() {
        var giver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "长留言");
        var receiver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "收留言");
        giver.act(() -> kudos.give(new KudosRequest(receiver.staffId(), "TEAMWORK", "W".repeat(500), 10)));
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(WIDTH, 844).setIsMobile(true))) {
            Page page = context.newPage();
            Chromium.signIn(page, url(""), receiver.username(), "Member#2026");
            page.navigate(url("/recognition/received"));
            page.locator(".kudos-message").first().waitFor();
            assertThat(overflowOn(page, "long-kudos", "recognition/received")).isEmpty();
            Object inside = page.locator(".kudos-card").first().evaluate("card => { const c = card.getBoundingClientRect(); "
                    + "const m = card.querySelector('.kudos-message').getBoundingClientRect(); "
                    + "return m.right <= c.right && c.right <= window.innerWidth && m.height > 100; }");
            assertThat(inside).as("the message wraps inside its card over several lines").isEqualTo(true);
        }
    }

    /** The side navigation's pages, and the pages reached from them that a phone user opens too. */
    @SuppressWarnings("unchecked")
    private List<String> pagesOf(Page page, String username) {
        List<String> paths = new ArrayList<>((List<String>) page.locator("#main-nav vaadin-side-nav-item")
                .evaluateAll("items => items.map(i => i.getAttribute('path')).filter(p => p !== null)"));
        assertThat(paths).as("side navigation of " + username).isNotEmpty();
        if (paths.contains("recognition")) {
            paths.add("recognition/received");
        }
        // opening the player starts an attempt: only the plain staff member does, as BrowserJourneyTests' player does
        if (paths.contains("training") && username.startsWith("staff")) {
            paths.add("training/play/" + PLAYED_MODULE);
        }
        if (paths.contains("staff")) {
            paths.add("staff/import");
        }
        if (paths.contains("team-scores")) {
            paths.add("member/" + TestAccess.asAdmin(() -> directory.byEmployeeNo("E10004").id()));
        }
        paths.add("no-such-page");
        return paths;
    }

    private static List<String> overflowOn(Page page, String who, String path) {
        String name = path.isEmpty() ? "home" : path.replace('/', '_');
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(who + "-" + name + ".png")));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(OVERFLOW);
        return found.stream().map(f -> who + " /" + path + ": " + f).toList();
    }

    /** The bell's popover, opened on the phone, fits the screen; its badge does not cover the bell. */
    private List<String> bellFits(Page page, String who) {
        page.navigate(url("/"));
        page.locator("#notification-bell").click();
        page.locator("vaadin-popover-overlay").first().waitFor();
        page.waitForTimeout(300);
        List<String> problems = new ArrayList<>(overflowOn(page, who, "bell"));
        Object box = page.locator("vaadin-popover-overlay").first().evaluate(
                "o => { const r = o.shadowRoot.querySelector('[part=overlay]').getBoundingClientRect(); "
                        + "const inside = [...document.querySelectorAll('.notification-entry')]"
                        + ".every(e => e.getBoundingClientRect().right <= r.right + 1); "
                        + "return inside && r.left >= 0 && r.right <= window.innerWidth; }");
        if (!Boolean.TRUE.equals(box)) {
            problems.add(who + ": the bell popover or a notification in it reaches past the screen's edge");
        }
        Object covered = page.evaluate("() => { const b = document.querySelector('#notification-count'); "
                + "if (!b || b.offsetParent === null) return false; "
                + "const icon = document.querySelector('#notification-bell vaadin-icon').getBoundingClientRect(); "
                + "const r = b.getBoundingClientRect(); "
                + "const w = Math.min(r.right, icon.right) - Math.max(r.left, icon.left); "
                + "const h = Math.min(r.bottom, icon.bottom) - Math.max(r.top, icon.top); "
                + "return w > 0 && h > 0 && w * h > 0.25 * icon.width * icon.height; }");
        if (Boolean.TRUE.equals(covered)) {
            problems.add(who + ": the unread badge covers more than a quarter of the bell");
        }
        page.keyboard().press("Escape");
        return problems;
    }

    /** A remembered language wins over the browser's: switch only when needed, and report it to switch back. */
    static boolean useLanguage(Page page, boolean english) {
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
