package com.touchpoint.shared;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularFilesTests {

    private static final String CSV = "工号,姓名,岗位\nE1,\"王, 伟\",营业员\n";

    @Test
    void reads_utf8_csv_with_a_bom_and_quoted_commas() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);
        TabularData data = TabularFiles.read("staff.csv", content);
        assertThat(data.headers()).containsExactly("工号", "姓名", "岗位");
        assertThat(data.rows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("E1", "王, 伟", "营业员");
        });
    }

    @Test
    void reads_gbk_csv_as_written_by_chinese_excel() {
        TabularData data = TabularFiles.read("staff.csv", CSV.getBytes(Charset.forName("GBK")));
        assertThat(data.headers()).containsExactly("工号", "姓名", "岗位");
        assertThat(data.rows().get(0).cell(2)).isEqualTo("营业员");
    }

    @Test
    void reads_xlsx_with_date_cells_as_iso_dates() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("入职日期");
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(LocalDate.of(2023, 4, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            cell.setCellStyle(style);
            workbook.write(out);
            TabularData data = TabularFiles.read("staff.xlsx", out.toByteArray());
            assertThat(data.rows().get(0).cell(0)).isEqualTo("2023-04-01");
        }
    }

    @Test
    void a_corrupt_xlsx_gets_one_clear_message_naming_the_file() {
        assertThatThrownBy(() -> TabularFiles.read("broken.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TouchpointException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.unreadable");
                    assertThat(e.arguments()[0]).isEqualTo("broken.xlsx");
                });
    }

    @Test
    void other_formats_and_empty_files_are_refused() {
        assertThatThrownBy(() -> TabularFiles.read("staff.pdf", new byte[] {1}))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.unsupported"));
        assertThatThrownBy(() -> TabularFiles.read("staff.csv", new byte[0]))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.empty"));
    }

    @Test
    void a_streamed_gbk_csv_whose_last_line_has_no_line_end_is_still_read_as_gbk(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("upload.tmp"), "employee no,name\nE1,王伟".getBytes(Charset.forName("GBK")));
        List<TabularRow> rows = new ArrayList<>();
        TabularFiles.read("staff.csv", file, new TabularFiles.RowHandler() {
            @Override
            public void header(List<String> headers) {
                assertThat(headers).containsExactly("employee no", "name");
            }

            @Override
            public void row(TabularRow row) {
                rows.add(row);
            }
        });
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly("E1", "王伟"));
    }
}
