package com.touchpoint.satisfaction;

import com.touchpoint.shared.TabularRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackColumnsTests {

    private static final QuestionnaireDetails QUESTIONNAIRE = new QuestionnaireDetails(1, "Q1", "问卷", "Survey", true,
            List.of(new ItemDefinition("ATT", "服务态度", "Attitude", Scale.FIVE_POINT, 1.0, 4, false)));
    private final CallbackColumns columns = new CallbackColumns(List.of("外部编号", "工号", "服务日期", "回访日期",
            "业务类型", "渠道", "客户类型", "回访状态", "服务态度", "投诉"), QUESTIONNAIRE);

    private Boolean complaint(String cell) {
        return columns.record(new TabularRow(2, List.of("X1", "E1", "2026-01-02", "2026-01-03", "业务开通", "营业厅",
                "大众客户", "已完成", "5", cell))).complaint();
    }

    @Test
    void the_complaint_column_takes_the_yes_and_no_words_every_importer_takes() {
        assertThat(List.of("是", "有", "Y", "yes", "TRUE", "1")).allSatisfy(w -> assertThat(complaint(w)).isTrue());
        assertThat(List.of("否", "无", "n", "no", "false", "0", "")).allSatisfy(w -> assertThat(complaint(w)).isFalse());
    }
}
