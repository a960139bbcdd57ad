package com.touchpoint.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Mood check-ins in Chromium: staff1 on a phone, supervisor1 on the team climate. */
@TouchpointTest
class MoodJourneyTests extends BrowserJourney {

    @Autowired
    StaffDirectory directory;
    BrowserContext context;
    Page page;

    @BeforeEach
    void openContext() {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private StaffDetails staff(String employeeNo) {
        return TestAccess.asAdmin(() -> directory.byEmployeeNo(employeeNo));
    }

    @Test
    void staff1_checks_in_on_a_phone_in_three_taps_and_sees_my_mood() {
        page.setViewportSize(390, 844);
        Chromium.signIn(page, url(""), "staff1");
        assertThat(page.locator("#home-check-in")).containsText("上班打卡");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("mood-check-in-phone.png"))
                .setFullPage(true));

        page.locator("#mood-4").click();
        page.locator("#stress-2").click();
        page.locator("#check-in-save").click();

        assertThat(page.locator("#home-check-in")).containsText("已保存上班打卡");
        page.locator("#my-mood-link").click();
        page.waitForURL(url("/my-mood"));
        assertThat(page.locator("#mood-timeline")).isVisible();
        assertThat(page.locator(".mood-trend").first()).isVisible();
        assertThat(page.locator(".mood-contagion")).containsText("心情好的日子里");
        assertThat(page.locator(".mood-contagion")).containsText("条回访");
        assertThat(page.locator("#mood-consent")).isVisible();
        assertThat(page.locator("#mood-consent-box")).containsText("班组长永远看不到你的私人备注");
        // the page fits the phone: nothing wider than the screen
        Object width = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("my-mood-phone.png"))
                .setFullPage(true));
    }

    @Test
    void supervisor1_sees_the_team_climate_and_staff1s_trend_but_nothing_of_a_member_who_does_not_share() {
        StaffDetails staff1 = staff("E10004");
        StaffDetails notSharing = staff("E10006");
        Chromium.signIn(page, url(""), "supervisor1");
        page.navigate(url("/team-climate"));
        assertThat(page.locator("#climate-grid")).isVisible();
        assertThat(page.locator("#climate-grid vaadin-grid-cell-content").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("%（")).first()).isVisible();
        assertThat(page.locator("#climate-contagion")).containsText("r = ");

        var sharing = page.locator("#climate-sharing");
        assertThat(sharing).containsText(staff1.name());
        assertThat(sharing).not().containsText(notSharing.name());
        page.locator("#sharing-" + staff1.id()).click();
        assertThat(page.locator("#sharing-" + staff1.id() + " .mood-trend")).isVisible();
        assertThat(page.locator("#sharing-" + staff1.id() + " .mood-contagion")).containsText("心情好的日子里");
        assertThat(page.locator("#sharing-" + notSharing.id())).hasCount(0);
        assertThat(page.locator("body")).not().containsText(notSharing.name());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("team-climate.png"))
                .setFullPage(true));
    }
}
