package com.touchpoint.staff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a staff directory file, recognised by their Chinese or English header. */
enum StaffColumn {
    EMPLOYEE_NO("工号", "employee no", "employeeno", "employee number", "employee_no"),
    NAME("姓名", "name"),
    POST("岗位", "post"),
    TEAM("班组", "team", "teamcode", "team code"),
    HIRE_DATE("入职日期", "hire date", "hiredate", "hire_date"),
    ACTIVE("在职", "active");

    private final List<String> headers;

    StaffColumn(String... headers) {
        this.headers = List.of(headers);
    }

    String chineseHeader() {
        return headers.get(0);
    }

    static Optional<StaffColumn> ofHeader(String header) {
        String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace('\u3000', ' ');
        for (StaffColumn column : values()) {
            if (column.headers.contains(h)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
