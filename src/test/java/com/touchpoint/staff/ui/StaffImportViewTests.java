package com.touchpoint.staff.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffImportRow;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class StaffImportViewTests extends KaribuTest {

    private static final String TEAM = "T-IMPORT-UI";
    private static final String HEADER = "工号,姓名,岗位,班组,入职日期,在职";
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(46_656, 1_679_616), 36)
            .toUpperCase(Locale.ROOT);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;

    @BeforeEach
    void importTeamExists() {
        TestAccess.asAdmin(() -> org.unit(TEAM).orElseGet(
                () -> org.save(new OrgUnitChange(TEAM, "导入界面测试班", OrgUnitKind.TEAM, "BR-NORTH"))));
    }

    @Test
    void a_read_file_lists_every_row_with_its_problems_named_by_row_and_column() {
        String valid = newEmployeeNo();
        String invalid = newEmployeeNo();
        StaffImportView view = openAs("hr1");

        view.read("花名册.csv", csv(HEADER,
                valid + ",王界面,SHOP_SALES," + TEAM + ",2024-03-01,是",
                invalid + ",李界面,SHOP_SALES,T-NOWHERE,2024-03-01,是"));

        Grid<StaffImportRow> grid = rows();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).containsExactly("2", valid, "王界面", "有效", "");
        List<String> rejected = _getFormattedRow(grid, 1);
        assertThat(rejected.subList(0, 4)).containsExactly("3", invalid, "李界面", "有错误");
        assertThat(rejected.get(4)).isEqualTo("第 3 行“班组”列：班组“T-NOWHERE”不存在");
        assertThat(storeButton().isEnabled()).isTrue();
        assertThat(errorFile().isVisible()).isTrue();
    }

    @Test
    void storing_saves_the_valid_rows_and_reports_what_was_done() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        String invalid = newEmployeeNo();
        StaffImportView view = openAs("hr1");
        view.read("花名册.csv", csv(HEADER,
                first + ",赵界面,SHOP_SALES," + TEAM + ",2024-03-01,是",
                invalid + ",钱界面,清洁工," + TEAM + ",2024-03-01,是",
                second + ",孙界面,营业员,导入界面测试班,2024/3/2,否"));

        _click(storeButton());

        assertThat(stored(first)).hasValueSatisfying(s -> assertThat(s.teamCode()).isEqualTo(TEAM));
        assertThat(stored(second)).hasValueSatisfying(s -> {
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2024, 3, 2));
            assertThat(s.active()).isFalse();
        });
        assertThat(stored(invalid)).isEmpty();
        assertThat(notificationTexts()).contains("导入完成：新增 2 人，更新 0 人，未变化 0 人，跳过有错误的行 1 行");
        assertThat(storeButton().isEnabled()).as("a preview is stored once").isFalse();
    }

    @Test
    void the_error_file_holds_the_rejected_rows_with_their_errors() throws IOException {
        String invalid = newEmployeeNo();
        StaffImportView view = openAs("hr1");
        view.read("花名册.csv", csv(HEADER,
                newEmployeeNo() + ",周界面,SHOP_SALES," + TEAM + ",2024-03-01,是",
                invalid + ",吴界面,SHOP_SALES," + TEAM + ",2024-02-30,是"));

        byte[] workbook = _download(errorFile());

        try (var read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = read.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("行号", "工号", "姓名", "岗位", "班组", "入职日期", "在职", "错误");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(cells(sheet.getRow(1))).containsExactly("3", invalid, "吴界面", "SHOP_SALES", TEAM, "2024-02-30", "是",
                    "第 3 行“入职日期”列：“2024-02-30”不是有效日期（请使用 2024-03-01 格式）");
        }
    }

    @Test
    void the_grid_shows_employee_number_and_name_whatever_the_column_order() {
        String no = newEmployeeNo();
        StaffImportView view = openAs("hr1");

        view.read("reordered.csv", csv("Name,Team,Post,Hire date,Employee no", "Zheng," + TEAM + ",SHOP_SALES,2024-03-01," + no));

        assertThat(_getFormattedRow(rows(), 0).subList(0, 3)).containsExactly("2", no, "Zheng");
    }

    @Test
    void row_numbers_past_a_thousand_are_shown_as_excel_shows_them() {
        StaffImportView view = openAs("hr1", Locale.ENGLISH);
        String blankLines = "\r\n".repeat(1100);
        byte[] file = (HEADER + "\r\n" + blankLines + newEmployeeNo() + ",Far,SHOP_SALES,T-NOWHERE,2024-03-01,是\r\n")
                .getBytes(StandardCharsets.UTF_8);

        view.read("long.csv", file);

        assertThat(_getFormattedRow(rows(), 0).get(0)).isEqualTo("1102");
        assertThat(_getFormattedRow(rows(), 0).get(4)).isEqualTo("Row 1102, column '班组': Unknown team 'T-NOWHERE'");
    }

    @Test
    void a_duplicate_far_down_the_file_names_the_first_row_without_separators() {
        String twice = newEmployeeNo();
        StaffImportView view = openAs("hr1", Locale.ENGLISH);
        byte[] file = (HEADER + "\r\n" + "\r\n".repeat(1100) + twice + ",First,SHOP_SALES," + TEAM + ",2024-03-01,是\r\n"
                + "\r\n".repeat(500) + twice + ",Again,SHOP_SALES," + TEAM + ",2024-03-01,是\r\n")
                .getBytes(StandardCharsets.UTF_8);

        view.read("dupes.csv", file);

        assertThat(_getFormattedRow(rows(), 1).get(4)).isEqualTo("Row 1603, column '工号': Employee number " + twice
                + " appears twice in the file (first in row 1102)");
    }

    @Test
    void an_unreadable_file_is_refused_with_one_message_and_nothing_to_store() {
        StaffImportView view = openAs("hr1");

        view.read("坏文件.xlsx", "这不是工作簿".getBytes(StandardCharsets.UTF_8));

        assertThat(_size(rows())).isZero();
        assertThat(storeButton().isEnabled()).isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withId("staff-import-errors"))).as("no error file").isEmpty();
        assertThat(notificationTexts()).singleElement().asString().startsWith("无法读取文件 坏文件.xlsx：");
    }

    @Test
    void a_missing_column_is_named_and_leaves_nothing_to_store() {
        StaffImportView view = openAs("hr1");

        view.read("缺列.csv", csv("工号,姓名,岗位,入职日期", newEmployeeNo() + ",缺班组,SHOP_SALES,2024-03-01"));

        assertThat(_size(rows())).isZero();
        assertThat(storeButton().isEnabled()).isFalse();
        assertThat(notificationTexts()).containsExactly("缺少必需的列：班组");
    }

    @Test
    void a_file_without_valid_rows_cannot_be_stored() {
        StaffImportView view = openAs("hr1");

        view.read("全错.csv", csv(HEADER, newEmployeeNo() + ",错行,SHOP_SALES,T-NOWHERE,2024-03-01,是"));

        assertThat(_size(rows())).isEqualTo(1);
        assertThat(storeButton().isEnabled()).isFalse();
        assertThat(errorFile().isVisible()).isTrue();
    }

    @Test
    void admins_may_use_the_import_too() {
        String no = newEmployeeNo();
        StaffImportView view = openAs("admin1");
        view.read("admin.csv", csv(HEADER, no + ",管理员导入,SHOP_SALES," + TEAM + ",2024-03-01,是"));

        _click(storeButton());

        assertThat(stored(no)).isPresent();
    }

    @Test
    void a_staff_member_cannot_open_the_import() {
        login("staff1");
        assertShowsNotFound(() -> UI.getCurrent().navigate(StaffImportView.class));
        assertThat(_find(StaffImportView.class)).isEmpty();
    }

    @Test
    void a_supervisor_cannot_open_the_import() {
        login("supervisor1");
        assertShowsNotFound(() -> UI.getCurrent().navigate(StaffImportView.class));
        assertThat(_find(StaffImportView.class)).isEmpty();
    }

    private StaffImportView openAs(String username) {
        return openAs(username, Locale.SIMPLIFIED_CHINESE);
    }

    private StaffImportView openAs(String username, Locale locale) {
        login(username, locale);
        UI.getCurrent().navigate(StaffImportView.class);
        return _get(StaffImportView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffImportRow> rows() {
        return _get(Grid.class, spec -> spec.withId("staff-import-rows"));
    }

    private static Button storeButton() {
        return _get(Button.class, spec -> spec.withId("staff-import-store"));
    }

    private static Anchor errorFile() {
        return _get(Anchor.class, spec -> spec.withId("staff-import-errors"));
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(Notification::getElement).map(e -> e.getProperty("text")).toList();
    }

    private Optional<StaffDetails> stored(String employeeNo) {
        return TestAccess.asAdmin(() -> {
            try {
                return Optional.of(directory.byEmployeeNo(employeeNo));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private static String newEmployeeNo() {
        return "IV" + RUN + String.format("%04d", SEQUENCE.incrementAndGet());
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> cells(Row row) {
        var formatter = new DataFormatter(Locale.ROOT);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
