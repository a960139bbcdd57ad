package com.touchpoint.dashboard.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.MutableClock;
import com.touchpoint.dashboard.StaffHomeFigures;
import com.touchpoint.dashboard.StaffOverview;
import com.touchpoint.layout.Chart;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.satisfaction.MonthlyFigure;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff home's cards show the overview's figures, say why a card is empty, and lead to pages that exist. */
class StaffHomeViewTests extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    StaffHomeFigures figures;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String text(String id) {
        return ((HasText) _get(Component.class, spec -> spec.withId(id))).getText();
    }

    private static String number(Double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void the_cards_show_the_overviews_figures_and_lead_to_their_pages() {
        var home = com.touchpoint.dashboard.StaffHomeData.build(context, clock, 2);
        var member = home.member();
        StaffOverview o = member.act(() -> figures.overview(member.staffId()));
        login(member.username());
        UI.getCurrent().navigate("");

        _get(StaffHome.class);
        assertThat(text("staff-home-adjusted")).isEqualTo(number(o.scores().adjustedIndex()));
        assertThat(text("staff-home-target")).isEqualTo("目标 " + number(o.scores().target()));
        assertThat(text("staff-home-sample")).contains("n = " + o.scores().callbacks());
        assertThat(text("staff-home-interval")).contains(number(o.scores().satisfactionRateLow()))
                .contains(number(o.scores().satisfactionRateHigh()));
        assertThat(_find(Component.class, spec -> spec.withId("staff-home-insufficient"))).isEmpty();

        Chart chart = _get(Chart.class, spec -> spec.withId("staff-home-trend"));
        var sparkline = (ChartSpec.Sparkline) chart.spec();
        assertThat(sparkline.values()).containsExactlyElementsOf(o.trend().stream().map(MonthlyFigure::adjustedIndex).toList())
                .hasSize(6);
        assertThat(sparkline.target()).isEqualTo(o.scores().target());
        assertThat(sparkline.categories()).hasSize(6).last().isEqualTo("2026年11月");

        var weakest = o.weakest().orElseThrow();
        assertThat(text("staff-home-weakest-item")).startsWith("承诺兑现：").contains(number(weakest.gap()));
        assertThat(_find(Anchor.class, spec -> spec.withClasses("staff-home-module"))).extracting(Anchor::getHref)
                .containsExactlyElementsOf(weakest.training().stream().map(r -> "training/play/" + r.module().id()).toList());

        assertThat(_get(Component.class, spec -> spec.withId("staff-home-overdue")).getChildren().count())
                .as("the heading and one line per overdue assignment").isEqualTo(1 + o.overdue().size());
        assertThat(_find(Component.class, spec -> spec.withClasses("staff-home-assignment")))
                .hasSize(o.overdue().size() + o.dueSoon().size()).hasSize(4);
        assertThat(_find(Component.class, spec -> spec.withClasses("staff-home-comment-text")))
                .extracting(c -> ((HasText) c).getText())
                .containsExactlyElementsOf(o.comments().stream().map(c -> c.comment()).toList());
        assertThat(text("staff-home-kudos-received")).isEqualTo("2 次认可，共 20 分");
        assertThat(text("staff-home-allowance")).isEqualTo("本月可送出的额度还剩 85 分（共 100 分）");
        assertThat(text("staff-home-next-session")).isEqualTo("下次面谈：2026-11-26 10:00 · "
                + UI.getCurrent().getTranslation("coaching.type.REGULAR"));
        assertThat(_find(Component.class, spec -> spec.withClasses("staff-home-action"))).hasSize(4);
        assertThat(_find(Component.class, spec -> spec.withClasses("staff-home-awaiting"))).hasSize(1);
        assertThat(text("staff-home-estimate")).isEqualTo("约 " + o.estimate().orElseThrow().finalAmount()
                .setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元");
        assertThat(text("staff-home-estimate-label")).contains("估算");

        List<String> links = _find(Anchor.class, spec -> spec.withClasses("staff-home-card-link")).stream()
                .map(Anchor::getHref).toList();
        assertThat(links).containsExactly("my-scores", "training?item=PROMISE", "training", "my-scores",
                "recognition/received", "coaching/session/" + home.nextSession(), "my-incentive");
        var routes = RouteConfiguration.forApplicationScope();
        for (Anchor link : _find(Anchor.class)) {
            String path = link.getHref().replaceFirst("\\?.*", "");
            if (link.getElement().hasAttribute("router-link")) {
                assertThat(routes.getRoute(path)).as("a page at " + path).isPresent();
            }
        }
    }

    @Test
    void an_empty_home_says_why_each_card_is_empty_in_english_too() {
        var member = TestStaff.newMember(directory, accounts, "FIELD_ENGINEER", "T-WEST-2", "新员工");
        login(member.username(), Locale.ENGLISH);
        UI.getCurrent().navigate("");
        StaffOverview o = member.act(() -> figures.overview(member.staffId()));

        assertThat(text("staff-home-sample")).isEqualTo("sample n = 0 valid callbacks");
        assertThat(text("staff-home-adjusted")).isEqualTo(number(o.scores().postIndex()));
        assertThat(empties()).contains("No callbacks yet this month: the figure shown is your post's level",
                "No callbacks yet this month, so no weakest item",
                "Nothing overdue and nothing due in the next 7 days",
                "No callback with a customer comment yet",
                "No kudos received yet this month",
                "No open action items");
        assertThat(text("staff-home-next-session")).isEqualTo("No session scheduled");
        assertThat(text("staff-home-allowance")).isEqualTo("Allowance left to give this month: 100 of 100 points");
        assertThat(text("staff-home-estimate-label")).startsWith("A live estimate, not a statement");
    }

    private static List<String> empties() {
        return _find(Component.class, spec -> spec.withClasses("staff-home-empty")).stream()
                .map(c -> ((HasText) c).getText()).toList();
    }
}
