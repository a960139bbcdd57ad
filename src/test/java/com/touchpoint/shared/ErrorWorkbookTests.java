package com.touchpoint.shared;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorWorkbookTests {

    @Test
    void each_rejected_row_keeps_its_number_and_cells_under_the_original_header_with_its_errors_last() throws IOException {
        byte[] bytes = ErrorWorkbook.write(List.of("工号", "姓名", "岗位"), "行号", "错误", List.of(
                new ErrorWorkbook.RejectedRow(3, List.of("E1", "王伟", "营业员"), "岗位不存在"),
                new ErrorWorkbook.RejectedRow(7, List.of("E2"), "姓名必填")));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            var head = sheet.getRow(0);
            assertThat(List.of(head.getCell(0).getStringCellValue(), head.getCell(1).getStringCellValue(),
                    head.getCell(3).getStringCellValue(), head.getCell(4).getStringCellValue()))
                    .containsExactly("行号", "工号", "岗位", "错误");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("王伟");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("岗位不存在");
            var shortRow = sheet.getRow(2);
            assertThat(shortRow.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(shortRow.getCell(2).getStringCellValue()).isEmpty();
            assertThat(shortRow.getCell(4).getStringCellValue()).isEqualTo("姓名必填");
        }
    }

    @Test
    void an_import_writing_row_by_row_counts_the_rows_it_rejected() throws IOException {
        try (var errors = new ErrorWorkbook(List.of("a"), "row", "errors")) {
            assertThat(errors.rejectedRows()).isZero();
            errors.add(new ErrorWorkbook.RejectedRow(2, List.of("x"), "bad"));
            errors.add(new ErrorWorkbook.RejectedRow(5, List.of("y"), "bad"));
            assertThat(errors.rejectedRows()).isEqualTo(2);
        }
    }
}
