package com.touchpoint.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartOptionsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode option(ChartSpec spec) throws Exception {
        // through the JSON text, as the browser receives it
        return JSON.readTree(ChartOptions.json(spec));
    }

    private static ChartSpec.Line trend(List<ChartSpec.Series> series) {
        return new ChartSpec.Line("近 6 个月趋势", List.of("6月", "7月", "8月", "9月"), series,
                new ChartSpec.Reference("目标", 85), "月份", "调整后指数");
    }

    @Test
    void a_line_draws_the_target_as_a_dashed_line_labelled_with_its_name_and_value() throws Exception {
        JsonNode option = option(trend(List.of(new ChartSpec.Series("调整后指数", List.of(80.0, 83.25, 86.0, 88.0)))));

        JsonNode series = option.get("series");
        assertThat(series).hasSize(1);
        assertThat(series.get(0).get("type").asText()).isEqualTo("line");
        JsonNode markLine = series.get(0).get("markLine");
        assertThat(markLine.get("data").get(0).get("yAxis").asDouble()).isEqualTo(85.0);
        assertThat(markLine.get("lineStyle").get("type").asText()).isEqualTo("dashed");
        assertThat(markLine.get("label").get("formatter").asText()).isEqualTo("目标 85.0");
        assertThat(markLine.get("label").get("show").asBoolean()).isTrue();
        assertThat(option.get("tpDecimals").asInt()).isEqualTo(1);
    }

    @Test
    void a_line_has_axis_titles_and_keeps_the_target_inside_its_value_axis() throws Exception {
        JsonNode option = option(trend(List.of(new ChartSpec.Series("调整后指数", List.of(60.0, 62.0, 61.0, 64.0)))));

        assertThat(option.get("xAxis").get("name").asText()).isEqualTo("月份");
        assertThat(option.get("yAxis").get("name").asText()).isEqualTo("调整后指数");
        assertThat(option.get("xAxis").get("data")).extracting(JsonNode::asText)
                .containsExactly("6月", "7月", "8月", "9月");
        // 60..64 alone would leave the target of 85 off the chart
        assertThat(option.get("yAxis").get("min").asDouble()).isEqualTo(55.0);
        assertThat(option.get("yAxis").get("max").asDouble()).isEqualTo(90.0);
    }

    @Test
    void a_month_without_figures_is_a_gap_not_a_zero() throws Exception {
        JsonNode option = option(trend(List.of(new ChartSpec.Series("调整后指数", Arrays.asList(80.0, null, Double.NaN, 88.0)))));

        JsonNode data = option.get("series").get(0).get("data");
        assertThat(data).hasSize(4);
        assertThat(data.get(0).asDouble()).isEqualTo(80.0);
        assertThat(data.get(1).isNull()).isTrue();
        assertThat(data.get(2).isNull()).isTrue();
        assertThat(option.get("series").get(0).get("connectNulls").asBoolean()).isFalse();
    }

    @Test
    void a_legend_appears_only_with_more_than_one_series() throws Exception {
        JsonNode one = option(trend(List.of(new ChartSpec.Series("本人", List.of(80.0, 81.0, 82.0, 83.0)))));
        JsonNode two = option(trend(List.of(new ChartSpec.Series("本人", List.of(80.0, 81.0, 82.0, 83.0)),
                new ChartSpec.Series("班组", List.of(84.0, 85.0, 86.0, 87.0)))));

        assertThat(one.has("legend")).isFalse();
        assertThat(two.get("legend")).isNotNull();
        assertThat(two.get("series")).extracting(s -> s.get("name").asText()).containsExactly("本人", "班组");
        // one target line, not one per series
        assertThat(two.get("series").get(1).has("markLine")).isFalse();
    }

    @Test
    void bars_start_at_zero_and_carry_the_target_line() throws Exception {
        JsonNode option = option(new ChartSpec.Bar("各班组", List.of("一班", "二班"),
                List.of(new ChartSpec.Series("指数", List.of(78.0, 91.5))), new ChartSpec.Reference("Target", 82.5),
                "Team", "Index"));

        assertThat(option.get("series").get(0).get("type").asText()).isEqualTo("bar");
        assertThat(option.get("yAxis").get("min").asDouble()).isZero();
        assertThat(option.get("series").get(0).get("markLine").get("label").get("formatter").asText())
                .isEqualTo("Target 82.5");
        assertThat(option.get("series").get(0).get("data")).extracting(JsonNode::asDouble).containsExactly(78.0, 91.5);
    }

    @Test
    void a_sparkline_has_no_axes_and_an_unlabelled_target() throws Exception {
        JsonNode option = option(new ChartSpec.Sparkline("指数走势", List.of("7月", "8月", "9月"),
                Arrays.asList(81.0, null, 84.0), 82.0));

        assertThat(option.get("xAxis").get("show").asBoolean()).isFalse();
        assertThat(option.get("yAxis").get("show").asBoolean()).isFalse();
        assertThat(option.has("legend")).isFalse();
        JsonNode line = option.get("series").get(0);
        assertThat(line.get("data").get(1).isNull()).isTrue();
        assertThat(line.get("markLine").get("data").get(0).get("yAxis").asDouble()).isEqualTo(82.0);
        assertThat(line.get("markLine").get("label").get("show").asBoolean()).isFalse();
    }

    @Test
    void a_heat_map_colours_from_low_to_high_and_shows_each_cells_value() throws Exception {
        JsonNode option = option(new ChartSpec.HeatMap("班组 × 项目", List.of("态度", "效率"), List.of("张三", "李四"),
                List.of(Arrays.asList(90.0, 70.5), Arrays.asList(null, 60.0)), 60, 100));

        assertThat(option.get("visualMap").get("min").asDouble()).isEqualTo(60.0);
        assertThat(option.get("visualMap").get("max").asDouble()).isEqualTo(100.0);
        JsonNode series = option.get("series").get(0);
        assertThat(series.get("type").asText()).isEqualTo("heatmap");
        assertThat(series.get("label").get("show").asBoolean()).isTrue();
        // [column, row, value]; the empty cell is left out
        assertThat(series.get("data").toString()).isEqualTo("[[0,0,90.0],[1,0,70.5],[1,1,60.0]]");
        assertThat(option.get("xAxis").get("data")).extracting(JsonNode::asText).containsExactly("态度", "效率");
        assertThat(option.get("yAxis").get("data")).extracting(JsonNode::asText).containsExactly("张三", "李四");
    }

    @Test
    void a_radar_has_one_axis_per_item_up_to_the_maximum_and_one_polygon_per_series() throws Exception {
        JsonNode option = option(new ChartSpec.Radar("项目", List.of("态度", "效率", "专业"), 100,
                List.of(new ChartSpec.Series("本人", List.of(80.0, 70.0, 90.0)),
                        new ChartSpec.Series("岗位", List.of(85.0, 82.0, 88.0)))));

        JsonNode indicators = option.get("radar").get("indicator");
        assertThat(indicators).extracting(i -> i.get("name").asText()).containsExactly("态度", "效率", "专业");
        assertThat(indicators).allSatisfy(i -> assertThat(i.get("max").asDouble()).isEqualTo(100.0));
        JsonNode data = option.get("series").get(0).get("data");
        assertThat(data).extracting(d -> d.get("name").asText()).containsExactly("本人", "岗位");
        assertThat(data.get(0).get("value")).extracting(JsonNode::asDouble).containsExactly(80.0, 70.0, 90.0);
        assertThat(option.get("legend")).isNotNull();
    }

    @Test
    void figures_are_shown_with_one_decimal_rounded_half_up() {
        assertThat(ChartOptions.number(85)).isEqualTo("85.0");
        assertThat(ChartOptions.number(83.25)).isEqualTo("83.3");
        assertThat(ChartOptions.number(83.24)).isEqualTo("83.2");
    }
}
