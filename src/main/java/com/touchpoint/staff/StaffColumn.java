package com.touchpoint.staff;

import com.touchpoint.shared.HeaderAliases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of a staff directory file, recognised by their Chinese or English header. */
enum StaffColumn {
    EMPLOYEE_NO("工号", "employee no", "employeeno", "employee number", "employee_no"),
    NAME("姓名", "name"),
    POST("岗位", "post"),
    TEAM("班组", "team", "teamcode", "team code"),
    HIRE_DATE("入职日期", "hire date", "hiredate", "hire_date"),
    ACTIVE("在职", "active");

    private static final HeaderAliases<StaffColumn> ALIASES = aliases();

    private final String[] headers;

    StaffColumn(String... headers) {
        this.headers = headers;
    }

    private static HeaderAliases<StaffColumn> aliases() {
        var aliases = new HeaderAliases<StaffColumn>();
        for (StaffColumn column : values()) {
            aliases.field(column, column.headers);
        }
        return aliases;
    }

    String chineseHeader() {
        return headers[0];
    }

    static Optional<StaffColumn> ofHeader(String header) {
        return ALIASES.fieldOf(header);
    }

    /** The first column of each staff field in a file's header; refuses a header without the required ones. */
    static Map<StaffColumn, Integer> columns(List<String> headers) {
        Map<StaffColumn, Integer> columns = ALIASES.columns(headers);
        HeaderAliases.requireAll(columns, List.of(EMPLOYEE_NO, NAME, POST, TEAM, HIRE_DATE), StaffColumn::chineseHeader);
        return columns;
    }
}
