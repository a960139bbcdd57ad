package com.touchpoint.dashboard.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.coaching.SessionSummary;
import com.touchpoint.dashboard.Cockpit;
import com.touchpoint.dashboard.CockpitRow;
import com.touchpoint.dashboard.CockpitTeam;
import com.touchpoint.dashboard.TeamCockpit;
import com.touchpoint.dashboard.TeamMonth;
import com.touchpoint.layout.ChartSpec;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor home in a faked browser: the grid shows the service's figures, sorts and filters, and each row
 * starts a coaching session or assigns training; the charts carry the cockpit's figures; a member who does not share
 * their check-ins shows "not shared", never a strain.
 */
class SupervisorHomeTests extends KaribuTest {

    static CockpitTeam data;

    @Autowired
    TeamCockpit cockpits;
    @Autowired
    CoachingSessions sessions;
    @Autowired
    TrainingAssignments training;

    @BeforeEach
    void openTheHomeAsTheTeamsSupervisor() {
        if (data == null) {
            data = CockpitTeam.create(context);
        }
        data.standOnThe18th();
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    private SupervisorHome open(Locale locale) {
        login(data.team.supervisor(), locale);
        UI.getCurrent().navigate("");
        return _get(SupervisorHome.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CockpitRow> grid() {
        return _get(Grid.class, spec -> spec.withId("cockpit-grid"));
    }

    private static int rowOf(Grid<CockpitRow> grid, TestStaff.Member member) {
        return IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).staffId() == member.staffId()).findFirst()
                .orElseThrow();
    }

    private static String cell(Grid<CockpitRow> grid, TestStaff.Member member, String key) {
        return _getFormatted(grid, rowOf(grid, member), key);
    }

    /** Calls what a row's button calls in the browser: the function of the "do" column's template. */
    @SuppressWarnings("unchecked")
    private static void press(Grid<CockpitRow> grid, int row, String function) throws ReflectiveOperationException {
        var renderer = (LitRenderer<CockpitRow>) grid.getColumnByKey("do").getRenderer();
        Field callables = LitRenderer.class.getDeclaredField("clientCallables");
        callables.setAccessible(true);
        var functions = (Map<String, SerializableBiConsumer<CockpitRow, JsonArray>>) callables.get(renderer);
        assertThat(functions).as("the template's functions").containsKey(function);
        functions.get(function).accept(_get(grid, row), Json.createArray());
    }

    private static String number(Double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private Cockpit service() {
        return data.team.asSupervisor(() -> cockpits.of(data.team.id()));
    }

    private CockpitRow serviceRow(Cockpit cockpit, TestStaff.Member member) {
        return cockpit.rows().stream().filter(r -> r.staffId() == member.staffId()).findFirst().orElseThrow();
    }

    @Test
    void the_grid_shows_the_services_figures_and_strain_only_where_shared() {
        open(Locale.SIMPLIFIED_CHINESE);
        Cockpit expected = service();
        Grid<CockpitRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(4);
        for (TestStaff.Member m : data.team.members()) {
            CockpitRow row = serviceRow(expected, m);
            assertThat(cell(grid, m, "n")).isEqualTo(String.valueOf(row.callbacks()));
            assertThat(cell(grid, m, "adjusted")).isEqualTo(row.insufficientSample()
                    ? number(row.adjustedIndex()) + "（样本少）" : number(row.adjustedIndex()));
            assertThat(cell(grid, m, "training")).isEqualTo(String.valueOf(row.trainingOverdue()));
        }
        assertThat(cell(grid, data.quiet, "adjusted")).endsWith("（样本少）");
        CockpitRow strong = serviceRow(expected, data.strong);
        assertThat(cell(grid, data.strong, "trend")).endsWith(number(strong.change()));
        assertThat(cell(grid, data.weak, "kudos")).isEqualTo("2 条（30 分）");
        assertThat(cell(grid, data.strong, "actions")).isEqualTo("1 项（逾期 1 项）");
        assertThat(cell(grid, data.strong, "coached")).isEqualTo("13 天前");
        assertThat(cell(grid, data.quiet, "coached")).isEqualTo("从未面谈");
        assertThat(cell(grid, data.weak, "strain")).isEqualTo("心情低落");
        assertThat(cell(grid, data.quiet, "strain")).as("same low moods, not shared").isEqualTo("未分享");
        assertThat(cell(grid, data.weak, "interval")).contains(number(serviceRow(expected, data.weak).satisfactionRateLow()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("cockpit-climate-figures")).getText())
                .isEqualTo("打卡人数少于 5 人，不显示数据。");
        assertThat(_find(ComboBox.class, spec -> spec.withId("cockpit-team"))).as("one team: no team select shown")
                .isEmpty();
    }

    @Test
    void the_charts_carry_the_trend_against_target_and_the_item_means() {
        SupervisorHome home = open(Locale.SIMPLIFIED_CHINESE);
        Cockpit expected = service();
        var line = (ChartSpec.Line) home.cards().trendChart().spec();
        assertThat(line.series()).hasSize(1);
        assertThat(line.series().get(0).values()).containsExactlyElementsOf(
                expected.trend().stream().map(TeamMonth::index).toList());
        assertThat(line.categories()).hasSize(expected.trend().size());
        assertThat(line.target().value()).isEqualTo(expected.target());
        assertThat(line.target().label()).isEqualTo("指标");
        var heat = (ChartSpec.HeatMap) home.cards().heatMapChart().spec();
        assertThat(heat.rows()).containsExactlyElementsOf(expected.rows().stream().map(CockpitRow::name).toList());
        assertThat(heat.columns()).hasSize(expected.items().size());
        for (int r = 0; r < expected.rows().size(); r++) {
            for (int c = 0; c < expected.items().size(); c++) {
                String code = expected.items().get(c).code();
                Double mean = expected.rows().get(r).items().stream().filter(i -> i.code().equals(code)).findFirst()
                        .map(ItemIndicator::mean).orElse(null);
                assertThat(heat.values().get(r).get(c)).isEqualTo(mean);
            }
        }
    }

    @Test
    void columns_sort_and_the_filter_finds_by_name_number_or_needs_attention() {
        open(Locale.SIMPLIFIED_CHINESE);
        Grid<CockpitRow> grid = grid();
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("adjusted")).build());
        List<Double> adjusted = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).adjustedIndex()).toList();
        assertThat(adjusted).isSortedAccordingTo(Comparator.nullsFirst(Comparator.<Double>reverseOrder()));
        assertThat(_get(grid, 0).staffId()).isEqualTo(data.strong.staffId());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("n")).build());
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).callbacks()).toList())
                .isSorted();
        assertThat(grid.getColumnByKey("kudos").isSortable()).isTrue();

        TextField filter = _get(TextField.class, spec -> spec.withId("cockpit-filter"));
        filter.setValue(data.weak.name());
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).staffId()).isEqualTo(data.weak.staffId());
        filter.setValue(data.fresh.employeeNo().toLowerCase(Locale.ROOT));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).staffId()).isEqualTo(data.fresh.staffId());
        filter.clear();
        _get(Checkbox.class, spec -> spec.withId("cockpit-attention")).setValue(true);
        long attention = service().rows().stream().filter(CockpitRow::needsAttention).count();
        assertThat(attention).isBetween(1L, 3L);
        assertThat(_size(grid)).isEqualTo((int) attention);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))).allMatch(CockpitRow::needsAttention);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_row_starts_a_coaching_session_or_assigns_training_for_its_member() throws ReflectiveOperationException {
        open(Locale.SIMPLIFIED_CHINESE);
        Grid<CockpitRow> grid = grid();
        press(grid, rowOf(grid, data.fresh), "start");
        ComboBox<StaffRef> staff = _get(ComboBox.class, spec -> spec.withId("schedule-staff"));
        assertThat(staff.getValue().id()).isEqualTo(data.fresh.staffId());
        _click(_get(Button.class, spec -> spec.withId("schedule-save")));
        assertThat(data.team.asSupervisor(() -> sessions.ofTeam(data.team.id()))).extracting(SessionSummary::staffId)
                .contains(data.fresh.staffId());

        UI.getCurrent().navigate("");
        Grid<CockpitRow> again = grid();
        int before = data.team.asSupervisor(() -> training.ofStaff(data.weak.staffId())).size();
        press(again, rowOf(again, data.weak), "assign");
        MultiSelectComboBox<StaffRef> members = _get(MultiSelectComboBox.class, spec -> spec.withId("assign-staff"));
        assertThat(members.getValue()).extracting(StaffRef::id).containsExactly(data.weak.staffId());
        ComboBox<TrainingModule> module = _get(ComboBox.class, spec -> spec.withId("assign-module"));
        if (module.isEmpty()) {
            module.setValue(TestAccess.asAdmin(() -> module.getListDataView().getItems().findFirst().orElseThrow()));
        }
        String moduleId = module.getValue().id();
        _click(_get(Button.class, spec -> spec.withId("assign-save")));
        List<Assignment> after = data.team.asSupervisor(() -> training.ofStaff(data.weak.staffId()));
        assertThat(after).hasSize(before + 1).extracting(Assignment::moduleId).contains(moduleId);
    }

    @Test
    void the_english_home_says_the_same_in_english() {
        open(Locale.ENGLISH);
        Grid<CockpitRow> grid = grid();
        assertThat(grid.getColumnByKey("strain").getHeaderText()).isEqualTo("Strain signal");
        assertThat(cell(grid, data.quiet, "strain")).isEqualTo("not shared");
        assertThat(cell(grid, data.weak, "strain")).isEqualTo("low mood");
        assertThat(cell(grid, data.weak, "kudos")).isEqualTo("2 (30 points)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("cockpit-climate-figures")).getText())
                .isEqualTo("Fewer than 5 people checked in, so no figure is shown.");
    }
}
