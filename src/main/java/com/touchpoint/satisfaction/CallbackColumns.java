package com.touchpoint.satisfaction;

import com.touchpoint.shared.HeaderAliases;
import com.touchpoint.shared.TabularRow;
import com.touchpoint.shared.YesNo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the columns of an uploaded callback file (Chinese or English headers) onto a callback record.
 * Item columns are named by item code or Chinese name; values of coded fields may be codes or their
 * Chinese names. Columns Touchpoint must not keep, such as a customer's phone or name, are ignored.
 */
final class CallbackColumns {

    private static final HeaderAliases<String> FIELDS = new HeaderAliases<>();
    private static final List<String> REQUIRED = List.of("externalId", "employeeNo", "serviceDate", "callbackDate",
            "serviceType", "channel", "customerSegment", "status");
    private static final Map<String, String> CHINESE_VALUES = new HashMap<>();

    static {
        field("externalId", "外部编号", "回访编号", "externalid", "external id");
        field("employeeNo", "工号", "employeeno", "employee no", "employee number");
        field("serviceDate", "服务日期", "servicedate", "service date");
        field("callbackDate", "回访日期", "callbackdate", "callback date");
        field("serviceType", "业务类型", "servicetype", "service type");
        field("channel", "渠道", "channel");
        field("customerSegment", "客户类型", "客户分群", "customersegment", "customer segment");
        field("status", "回访状态", "status");
        field("questionnaire", "问卷", "questionnaire");
        field("complaint", "投诉", "complaint");
        field("comment", "客户评价", "评价", "comment");
        field("callbackAgent", "回访员", "回访人员", "callbackagent", "callback agent", "agent");
        value("业务开通", "ACTIVATION");
        value("故障维修", "REPAIR");
        value("投诉处理", "COMPLAINT");
        value("业务办理", "TRANSACTION");
        value("营业厅", "SHOP");
        value("热线", "HOTLINE");
        value("上门", "ONSITE");
        value("线上", "ONLINE");
        value("大客户", "KEY");
        value("商业客户", "BUSINESS");
        value("大众客户", "MASS");
        value("已完成", "COMPLETED");
        value("完成", "COMPLETED");
        value("未接通", "UNREACHABLE");
        value("拒访", "REFUSED");
    }

    private static void field(String name, String... headers) {
        FIELDS.field(name, headers);
    }

    private static void value(String chinese, String code) {
        CHINESE_VALUES.put(chinese, code);
    }

    private final List<String> headers;
    private final Map<String, Integer> fieldColumns;
    private final Map<String, Integer> itemColumns = new LinkedHashMap<>();
    private final String defaultQuestionnaire;

    CallbackColumns(List<String> headers, QuestionnaireDetails current) {
        this.headers = headers;
        this.defaultQuestionnaire = current.code();
        this.fieldColumns = FIELDS.columns(headers);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i).strip();
            if (FIELDS.fieldOf(h).isPresent()) {
                continue;
            }
            for (ItemDefinition item : current.items()) {
                if (item.code().equalsIgnoreCase(h) || item.nameZh().equals(h) || item.nameEn().equalsIgnoreCase(h)) {
                    itemColumns.putIfAbsent(item.code(), i);
                }
            }
        }
        HeaderAliases.requireAll(fieldColumns, REQUIRED, f -> f);
    }

    List<String> headers() {
        return headers;
    }

    /** The file's own name of the column that holds a record field, for row errors. */
    String columnOf(String field) {
        String base = field.startsWith("answers.") ? field.substring("answers.".length()) : field;
        Integer column = field.startsWith("answers.") ? itemColumns.get(base) : fieldColumns.get(base);
        return column == null ? field : headers.get(column);
    }

    CallbackRecord record(TabularRow row) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<String> unparsable = new ArrayList<>();
        itemColumns.forEach((code, column) -> {
            String text = row.cell(column);
            if (!text.isBlank()) {
                try {
                    answers.put(code, (int) Math.round(Double.parseDouble(text)));
                } catch (NumberFormatException e) {
                    unparsable.add(code);
                    answers.put(code, null);
                }
            }
        });
        String questionnaire = cell(row, "questionnaire");
        return new CallbackRecord(cell(row, "externalId"), cell(row, "employeeNo"), cell(row, "serviceDate"),
                cell(row, "callbackDate"), coded(row, "serviceType"), coded(row, "channel"),
                coded(row, "customerSegment"), coded(row, "status"),
                questionnaire.isBlank() ? defaultQuestionnaire : questionnaire, answers, YesNo.parse(cell(row, "complaint")).orElse(false),
                cell(row, "comment"), cell(row, "callbackAgent"));
    }

    private String cell(TabularRow row, String field) {
        Integer column = fieldColumns.get(field);
        return column == null ? "" : row.cell(column);
    }

    private String coded(TabularRow row, String field) {
        String text = cell(row, field);
        return CHINESE_VALUES.getOrDefault(text, text.toUpperCase(Locale.ROOT));
    }
}
