package com.touchpoint.incentive.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.IncentiveWorkflow;
import com.touchpoint.incentive.RunProgress;
import com.touchpoint.incentive.Statement;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.YearMonth;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class IncentiveViewsTests extends KaribuTest {

    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveWorkflow workflow;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    OperatorTime time;
    @Autowired
    com.touchpoint.incentive.IncentiveSchemes schemes;

    @Test
    @SuppressWarnings("unchecked")
    void hr_sees_a_calculated_month_reviews_it_and_adjusts_a_statement_with_a_reason() {
        YearMonth month = time.currentMonth().minusMonths(11);
        TestAccess.as("hr1", () -> runs.runNow(month, RunProgress.NONE), "ROLE_HR");
        login("hr1");
        UI.getCurrent().navigate(IncentivesView.class);
        MonthSelect select = _get(MonthSelect.class, spec -> spec.withId("incentive-month"));
        select.setValue(month);
        assertThat(_get(Span.class, spec -> spec.withId("incentive-status")).getText()).contains("草稿");
        Grid<Statement> grid = _get(Grid.class, spec -> spec.withId("incentive-grid"));
        int rows = TestAccess.as("hr1", () -> statements.ofMonth(month), "ROLE_HR").size();
        assertThat(_size(grid)).isEqualTo(rows).isPositive();
        assertThat(_get(Button.class, spec -> spec.withId("incentive-approve")).isEnabled()).isFalse();

        _clickItem(grid, 0);
        _get(BigDecimalField.class, spec -> spec.withId("adjust-amount")).setValue(new BigDecimal("12.50"));
        _click(_get(Button.class, spec -> spec.withId("adjust-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("adjust-reason")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("adjust-reason")).setValue("补发节日值班费");
        _click(_get(Button.class, spec -> spec.withId("adjust-save")));
        assertThat(TestAccess.as("hr1", () -> statements.ofMonth(month), "ROLE_HR").get(0).adjustmentReason())
                .isEqualTo("补发节日值班费");

        _click(_get(Button.class, spec -> spec.withId("incentive-review")));
        assertThat(_get(Span.class, spec -> spec.withId("incentive-status")).getText()).contains("已复核");
        assertThat(_get(Button.class, spec -> spec.withId("incentive-approve")).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_see_a_labelled_live_estimate_and_cannot_open_the_hr_page() {
        login("staff1");
        UI.getCurrent().navigate(MyIncentiveView.class);
        // the demo's locked month is shown first; the live estimate is the first choice
        Select<Object> month = _get(Select.class, spec -> spec.withId("my-incentive-month"));
        month.setValue(month.getListDataView().getItem(0));
        assertThat(_get(Span.class, spec -> spec.withId("incentive-estimate-label")).getText()).contains("实时估算");
        assertThat(_get(H3.class, spec -> spec.withId("incentive-final")).getText()).startsWith("最终金额");
        assertThat(_find(Details.class, spec -> spec.withId("evidence-index"))).hasSize(1);
        assertShowsNotFound(() -> UI.getCurrent().navigate(IncentivesView.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void hr_adds_a_scheme_version_and_a_floor_above_the_cap_is_shown_on_the_floor_field() {
        login("hr1");
        UI.getCurrent().navigate(SchemesView.class);
        Select<com.touchpoint.staff.PostDetails> post = _get(Select.class, spec -> spec.withId("scheme-post"));
        post.setValue(post.getListDataView().getItem(0));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("scheme-from")).setValue("2031-01");
        _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("scheme-minSample")).setValue(10);
        String[][] values = {{"base", "2000"}, {"slope", "2"}, {"floor", "1.3"}, {"cap", "1.2"}, {"kudosRate", "0.5"},
                {"kudosCap", "200"}, {"complaintAmount", "100"}, {"complaintShare", "0.3"}};
        for (String[] v : values) {
            _get(BigDecimalField.class, spec -> spec.withId("scheme-" + v[0])).setValue(new BigDecimal(v[1]));
        }
        _click(_get(Button.class, spec -> spec.withId("scheme-save")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("scheme-floor")).isInvalid()).isTrue();
        _get(BigDecimalField.class, spec -> spec.withId("scheme-floor")).setValue(new BigDecimal("0.8"));
        _click(_get(Button.class, spec -> spec.withId("scheme-save")));
        Grid<com.touchpoint.incentive.SchemeVersion> grid = _get(Grid.class, spec -> spec.withId("scheme-grid"));
        assertThat(_size(grid)).isPositive();
        assertThat(TestAccess.as("hr1", () -> schemes.versions(), "ROLE_HR"))
                .anyMatch(v -> v.effectiveFrom().equals(YearMonth.of(2031, 1)));
    }
}
