package com.touchpoint.staff;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.shared.ErrorWorkbook;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.TouchpointException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The staff directory import end to end: files as HR uploads them, the preview's row problems, what
 * gets stored, and who may do it. Stored rows go into teams of their own so the demo teams keep
 * the ten members other tests count on.
 */
@TouchpointTest
@WithUserDetails("hr1")
class StaffImportTests {

    static final String TEAM_A = "T-IMPORT-1";
    static final String TEAM_A_NAME = "导入测试一班";
    static final String TEAM_B = "T-IMPORT-2";
    static final String TEAM_B_NAME = "导入测试二班";

    private static final String ZH_HEADER = "工号,姓名,岗位,班组,入职日期,在职";
    private static final String EN_HEADER = "Employee no,Name,Post,Team,Hire date,Active";
    private static final Charset GBK = Charset.forName("GBK");
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(46_656, 1_679_616), 36)
            .toUpperCase(Locale.ROOT);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    StaffImport staffImport;
    @Autowired
    StaffDirectory directory;
    @Autowired
    OrgStructure org;
    @Autowired
    AuditLog audit;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void importTeamsExist() {
        ensureTeam(TEAM_A, TEAM_A_NAME);
        ensureTeam(TEAM_B, TEAM_B_NAME);
    }

    // --- files that import -------------------------------------------------------------------------

    @Test
    void a_utf8_file_with_chinese_headers_imports_posts_and_teams_given_by_code_or_name() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        String third = newEmployeeNo();
        byte[] file = utf8(ZH_HEADER,
                first + ",王导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                second + ",李导入,客服专员," + TEAM_B_NAME + ",2024/3/1,否",
                third + ",张导入,field_engineer," + TEAM_A.toLowerCase(Locale.ROOT) + ",2024-3-1,");

        StaffImportPreview preview = staffImport.preview("花名册.csv", file);
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        StaffImportResult result = staffImport.importValidRows(preview);

        assertThat(result).isEqualTo(new StaffImportResult(3, 0, 0, 0));
        assertThat(stored(first)).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("王导入");
            assertThat(s.postCode()).isEqualTo("SHOP_SALES");
            assertThat(s.teamCode()).isEqualTo(TEAM_A);
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(s.active()).isTrue();
        });
        assertThat(stored(second)).hasValueSatisfying(s -> {
            assertThat(s.postCode()).isEqualTo("HOTLINE_AGENT");
            assertThat(s.teamCode()).isEqualTo(TEAM_B);
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(s.active()).isFalse();
        });
        assertThat(stored(third)).hasValueSatisfying(s -> {
            assertThat(s.postCode()).isEqualTo("FIELD_ENGINEER");
            assertThat(s.teamCode()).isEqualTo(TEAM_A);
            assertThat(s.active()).as("a blank 在职 cell means active").isTrue();
        });
    }

    @Test
    void a_gbk_file_with_english_headers_as_chinese_excel_saves_it_imports() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        byte[] file = gbk(EN_HEADER,
                first + ",陈导入,Hotline agent," + TEAM_B_NAME + ",2023年7月15日,yes",
                second + ",周导入,服务顾问," + TEAM_A + ",20230716,NO");

        StaffImportResult result = staffImport.importValidRows(staffImport.preview("roster.csv", file));

        assertThat(result).isEqualTo(new StaffImportResult(2, 0, 0, 0));
        assertThat(stored(first)).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("陈导入");
            assertThat(s.postCode()).isEqualTo("HOTLINE_AGENT");
            assertThat(s.teamCode()).isEqualTo(TEAM_B);
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2023, 7, 15));
            assertThat(s.active()).isTrue();
        });
        assertThat(stored(second)).hasValueSatisfying(s -> {
            assertThat(s.postCode()).isEqualTo("SERVICE_CONSULTANT");
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2023, 7, 16));
            assertThat(s.active()).isFalse();
        });
    }

    @Test
    void an_xlsx_file_with_date_cells_and_numeric_employee_numbers_imports() {
        String numeric = "9" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String text = newEmployeeNo();
        byte[] file = xlsx(
                new Object[] {"工号", "姓名", "岗位", "班组", "入职日期", "在职"},
                new Object[] {Long.parseLong(numeric), "吴导入", "营业员", TEAM_A_NAME, LocalDate.of(2022, 11, 30), "是"},
                new Object[] {text, "郑导入", "前台主管", TEAM_B, "2022/12/1", "否"});

        StaffImportPreview preview = staffImport.preview("花名册.xlsx", file);
        assertThat(preview.rows()).extracting(StaffImportRow::rowNumber).containsExactly(2, 3);
        assertThat(preview.invalidCount()).isZero();
        staffImport.importValidRows(preview);

        assertThat(stored(numeric)).hasValueSatisfying(s -> {
            assertThat(s.teamCode()).isEqualTo(TEAM_A);
            assertThat(s.postCode()).isEqualTo("SHOP_SALES");
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2022, 11, 30));
        });
        assertThat(stored(text)).hasValueSatisfying(s -> {
            assertThat(s.postCode()).isEqualTo("FRONT_DESK_LEAD");
            assertThat(s.hireDate()).isEqualTo(LocalDate.of(2022, 12, 1));
            assertThat(s.active()).isFalse();
        });
    }

    @Test
    void columns_may_come_in_any_order_and_extra_columns_are_ignored() {
        String no = newEmployeeNo();
        byte[] file = utf8("备注,班组,入职日期,姓名,工号,岗位",
                "新员工," + TEAM_A + ",2024-05-06,孙导入," + no + ",SHOP_SALES");

        StaffImportPreview preview = staffImport.preview("reordered.csv", file);

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.change()).isEqualTo(
                    new StaffChange(no, "孙导入", "SHOP_SALES", TEAM_A, LocalDate.of(2024, 5, 6), true));
        });
    }

    @Test
    void demo_teams_are_found_by_their_chinese_name() {
        byte[] file = utf8(ZH_HEADER,
                newEmployeeNo() + ",名称查找,营业员,西城营业厅二班,2024-03-01,是",
                newEmployeeNo() + ",代码查找,营业员,t-north-4,2024-03-01,是");

        StaffImportPreview preview = staffImport.preview("names.csv", file);

        assertThat(preview.validChanges()).extracting(StaffChange::teamCode).containsExactly("T-WEST-2", "T-NORTH-4");
    }

    @Test
    void blank_lines_are_skipped_and_rows_keep_the_numbers_excel_shows() {
        byte[] file = utf8(ZH_HEADER,
                newEmployeeNo() + ",钱导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                "",
                ",,,,,",
                newEmployeeNo() + ",钱导入二,SHOP_SALES," + TEAM_A + ",2024-13-01,是");

        StaffImportPreview preview = staffImport.preview("gaps.csv", file);

        assertThat(preview.rows()).extracting(StaffImportRow::rowNumber).containsExactly(2, 5);
        assertThat(row(preview, 5).problems()).extracting(StaffImportRow.RowProblem::column).containsExactly("入职日期");
    }

    // --- row problems --------------------------------------------------------------------------------

    @Test
    void a_row_with_an_unknown_post_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,清洁工," + TEAM_A + ",2024-03-01,是");

        assertOnlyProblem(preview, 3, "岗位", "staff.post.unknown", "清洁工");
    }

    @Test
    void a_row_with_an_unknown_team_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,SHOP_SALES,T-NOWHERE,2024-03-01,是");

        assertOnlyProblem(preview, 3, "班组", "staff.team.unknown", "T-NOWHERE");
    }

    @Test
    void a_row_whose_team_is_a_branch_is_rejected_as_not_a_team() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,SHOP_SALES,BR-WEST,2024-03-01,是");

        assertOnlyProblem(preview, 3, "班组", "staff.team.not-a-team", "BR-WEST", OrgUnitKind.BRANCH);
    }

    @Test
    void a_team_name_shared_by_two_teams_is_not_guessed() {
        String name = "重名班" + RUN;
        ensureTeam("T-IMPORT-TWIN-A" + RUN, name);
        ensureTeam("T-IMPORT-TWIN-B" + RUN, name);

        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,SHOP_SALES," + name + ",2024-03-01,是");

        assertOnlyProblem(preview, 3, "班组", "staff.team.unknown", name);
    }

    @Test
    void a_row_with_an_invalid_date_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,SHOP_SALES," + TEAM_A + ",2024-13-01,是");

        assertOnlyProblem(preview, 3, "入职日期", "import.date.invalid", "2024-13-01");
    }

    @Test
    void a_day_past_the_end_of_its_month_is_rejected_rather_than_moved_to_the_last_day() {
        for (String impossible : List.of("2023-02-29", "2024/2/30", "2024-04-31", "20230931")) {
            StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                    newEmployeeNo() + ",林导入,SHOP_SALES," + TEAM_A + "," + impossible + ",是");

            assertOnlyProblem(preview, 3, "入职日期", "import.date.invalid", impossible);
        }
    }

    @Test
    void a_hire_date_more_than_a_year_ahead_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,SHOP_SALES," + TEAM_A + ",2099-01-01,是");

        assertOnlyProblem(preview, 3, "入职日期", "staff.hire-date.too-late", LocalDate.of(2099, 1, 1));
    }

    @Test
    void a_row_with_an_invalid_active_flag_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ",林导入,SHOP_SALES," + TEAM_A + ",2024-03-01,也许");

        assertOnlyProblem(preview, 3, "在职", "import.active.invalid", "也许");
    }

    @Test
    void a_row_without_a_name_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + ", ,SHOP_SALES," + TEAM_A + ",2024-03-01,是");

        assertOnlyProblem(preview, 3, "姓名", "validation.required", "name");
    }

    @Test
    void a_row_with_an_overlong_name_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                newEmployeeNo() + "," + "长".repeat(51) + ",SHOP_SALES," + TEAM_A + ",2024-03-01,是");

        assertOnlyProblem(preview, 3, "姓名", "validation.too-long", "name", 50);
    }

    @Test
    void a_name_of_exactly_fifty_characters_is_accepted() {
        String no = newEmployeeNo();
        StaffImportPreview preview = staffImport.preview("fifty.csv", utf8(ZH_HEADER,
                no + "," + "长".repeat(50) + ",SHOP_SALES," + TEAM_A + ",2024-03-01,是"));

        staffImport.importValidRows(preview);

        assertThat(stored(no)).hasValueSatisfying(s -> assertThat(s.name()).hasSize(50));
    }

    @Test
    void a_row_with_bad_employee_number_characters_is_rejected_naming_row_and_column() {
        for (String bad : List.of("E 1001", "E1001#", "工号1001", "-E1001")) {
            StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                    bad + ",林导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是");

            assertOnlyProblem(preview, 3, "工号", "validation.code-format", "employeeNo");
        }
    }

    @Test
    void a_row_with_an_overlong_employee_number_is_rejected_naming_row_and_column() {
        StaffImportPreview preview = previewWithThirdRow(ZH_HEADER,
                "E" + "1".repeat(20) + ",林导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是");

        assertOnlyProblem(preview, 3, "工号", "validation.too-long", "employeeNo", 20);
    }

    @Test
    void a_duplicate_employee_number_is_rejected_on_the_second_row_naming_the_first() {
        String twice = newEmployeeNo();
        StaffImportPreview preview = staffImport.preview("duplicates.csv", utf8(ZH_HEADER,
                twice + ",第一次,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                newEmployeeNo() + ",中间人,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                twice + ",第二次,SHOP_SALES," + TEAM_B + ",2024-03-01,是"));

        assertThat(row(preview, 2).valid()).isTrue();
        assertThat(row(preview, 3).valid()).isTrue();
        assertOnlyProblem(preview, 4, "工号", "import.employee-no.duplicate", twice, 2);
    }

    @Test
    void employee_numbers_differing_only_in_letter_case_are_duplicates() {
        String upper = newEmployeeNo();
        StaffImportPreview preview = staffImport.preview("case.csv", utf8(ZH_HEADER,
                upper + ",大写,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                upper.toLowerCase(Locale.ROOT) + ",小写,SHOP_SALES," + TEAM_A + ",2024-03-01,是"));

        assertOnlyProblem(preview, 3, "工号", "import.employee-no.duplicate", upper.toLowerCase(Locale.ROOT), 2);
    }

    @Test
    void a_row_missing_several_cells_reports_each_of_them() {
        StaffImportPreview preview = staffImport.preview("short.csv", utf8(ZH_HEADER, newEmployeeNo()));

        assertThat(row(preview, 2).problems())
                .extracting(StaffImportRow.RowProblem::column, StaffImportRow.RowProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("姓名", "validation.required"),
                        tuple("岗位", "validation.required"),
                        tuple("班组", "validation.required"),
                        tuple("入职日期", "validation.required"));
    }

    @Test
    void problems_name_the_column_as_the_file_spells_it() {
        StaffImportPreview preview = previewWithThirdRow("EMPLOYEE NO, name ,Post,TEAM,Hire Date,Active",
                newEmployeeNo() + ",Lin,SHOP_SALES,T-NOWHERE,2024-03-01,maybe");

        assertThat(row(preview, 3).problems())
                .extracting(StaffImportRow.RowProblem::column, StaffImportRow.RowProblem::messageKey)
                .containsExactly(
                        tuple("TEAM", "staff.team.unknown"),
                        tuple("Active", "import.active.invalid"));
    }

    // --- files that cannot be read -------------------------------------------------------------------

    @Test
    void missing_required_columns_are_named_in_one_refusal_and_nothing_is_stored() {
        String no = newEmployeeNo();
        byte[] file = utf8("工号,姓名,岗位,在职", no + ",缺列,SHOP_SALES,是");

        assertThatThrownBy(() -> staffImport.preview("missing.csv", file))
                .isInstanceOfSatisfying(TouchpointException.class, e -> {
                    assertThat(e).isNotInstanceOf(InvalidInputException.class);
                    assertThat(e.messageKey()).isEqualTo("import.header.missing");
                    assertThat(e.arguments()).hasSize(1);
                    assertThat((String) e.arguments()[0]).contains("班组", "入职日期")
                            .doesNotContain("工号", "姓名", "岗位", "在职");
                });
        assertThat(stored(no)).isEmpty();
    }

    @Test
    void a_file_of_english_headers_missing_a_column_is_refused_too() {
        assertThatThrownBy(() -> staffImport.preview("missing.csv",
                utf8("Employee no,Name,Team,Hire date", newEmployeeNo() + ",Lin," + TEAM_A + ",2024-03-01")))
                .isInstanceOfSatisfying(TouchpointException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.header.missing");
                    assertThat((String) e.arguments()[0]).contains("岗位");
                });
    }

    @Test
    void a_corrupt_xlsx_gets_one_clear_message_and_nothing_is_stored() {
        byte[] notAWorkbook = utf8(ZH_HEADER, newEmployeeNo() + ",损坏,SHOP_SALES," + TEAM_A + ",2024-03-01,是");

        assertThatThrownBy(() -> staffImport.preview("花名册.xlsx", notAWorkbook))
                .isInstanceOfSatisfying(TouchpointException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file.unreadable");
                    assertThat(e.arguments()[0]).isEqualTo("花名册.xlsx");
                });
        byte[] truncated = java.util.Arrays.copyOf(xlsx(new Object[] {"工号"}), 200);
        assertThatThrownBy(() -> staffImport.preview("truncated.xlsx", truncated))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.unreadable"));
    }

    @Test
    void an_unsupported_or_empty_file_gets_one_clear_message() {
        String no = newEmployeeNo();
        byte[] csv = utf8(ZH_HEADER, no + ",格式,SHOP_SALES," + TEAM_A + ",2024-03-01,是");

        for (String fileName : List.of("花名册.xls", "花名册.txt", "花名册")) {
            assertThatThrownBy(() -> staffImport.preview(fileName, csv))
                    .isInstanceOfSatisfying(TouchpointException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("import.file.unsupported");
                        assertThat(e.arguments()[0]).isEqualTo(fileName);
                    });
        }
        assertThatThrownBy(() -> staffImport.preview("empty.csv", new byte[0]))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.empty"));
        assertThat(stored(no)).isEmpty();
    }

    // --- storing ------------------------------------------------------------------------------------

    @Test
    void valid_rows_are_stored_and_invalid_rows_skipped_with_the_counts_to_match() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        String badTeam = newEmployeeNo();
        String badDate = newEmployeeNo();
        String third = newEmployeeNo();
        byte[] file = utf8(ZH_HEADER,
                first + ",冯导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                badTeam + ",坏班组,SHOP_SALES,T-NOWHERE,2024-03-01,是",
                second + ",于导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                badDate + ",坏日期,SHOP_SALES," + TEAM_A + ",明天,是",
                third + ",董导入,SHOP_SALES," + TEAM_B + ",2024-03-01,否");

        StaffImportPreview preview = staffImport.preview("mixed.csv", file);
        assertThat(preview.validCount()).isEqualTo(3);
        assertThat(preview.invalidCount()).isEqualTo(2);
        StaffImportResult result = staffImport.importValidRows(preview);

        assertThat(result).isEqualTo(new StaffImportResult(3, 0, 0, 2));
        assertThat(stored(first)).isPresent();
        assertThat(stored(second)).isPresent();
        assertThat(stored(third)).isPresent();
        assertThat(stored(badTeam)).isEmpty();
        assertThat(stored(badDate)).isEmpty();
    }

    @Test
    void importing_the_same_file_again_updates_instead_of_duplicating() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        String third = newEmployeeNo();
        List<String> rows = List.of(
                first + ",唐导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                second + ",韩导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                third + ",谢导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是");
        byte[] file = utf8(ZH_HEADER, rows.get(0), rows.get(1), rows.get(2));
        assertThat(staffImport.importValidRows(staffImport.preview("again.csv", file)))
                .isEqualTo(new StaffImportResult(3, 0, 0, 0));
        long firstId = stored(first).orElseThrow().id();

        assertThat(staffImport.importValidRows(staffImport.preview("again.csv", file)))
                .isEqualTo(new StaffImportResult(0, 0, 3, 0));

        byte[] moved = utf8(ZH_HEADER, rows.get(0).replace(TEAM_A, TEAM_B), rows.get(1), rows.get(2));
        assertThat(staffImport.importValidRows(staffImport.preview("again.csv", moved)))
                .isEqualTo(new StaffImportResult(0, 1, 2, 0));
        assertThat(stored(first)).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo(firstId);
            assertThat(s.teamCode()).isEqualTo(TEAM_B);
        });
        assertThat(TestAccess.asAdmin(() -> directory.search(new StaffFilter(first, null, null, null),
                PageRequest.of(0, 10)).getTotalElements())).isEqualTo(1);
    }

    @Test
    void a_change_that_fails_while_storing_leaves_no_row_of_the_import_behind() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        String fileName = "rollback-" + RUN + ".csv";
        var valid = new StaffChange(first, "回滚甲", "SHOP_SALES", TEAM_A, LocalDate.of(2024, 3, 1), true);
        var refusedByTheDirectory = new StaffChange(second, "回滚乙", "SHOP_SALES", "BR-NORTH",
                LocalDate.of(2024, 3, 1), true);
        var preview = new StaffImportPreview(fileName, List.of("工号"), List.of(
                new StaffImportRow(2, List.of(first), valid, List.of()),
                new StaffImportRow(3, List.of(second), refusedByTheDirectory, List.of())));

        assertThatThrownBy(() -> staffImport.importValidRows(preview))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.team.not-a-team"));

        assertThat(stored(first)).isEmpty();
        assertThat(stored(second)).isEmpty();
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("Staff", first))).isEmpty();
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("StaffDirectory", fileName))).isEmpty();
    }

    @Test
    void a_team_restructured_between_preview_and_store_stores_none_of_the_file() {
        String movingTeam = "T-IMPORT-GONE" + RUN;
        ensureTeam(movingTeam, "即将改组" + RUN);
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        StaffImportPreview preview = staffImport.preview("restructured.csv", utf8(ZH_HEADER,
                first + ",改组甲,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                second + ",改组乙,SHOP_SALES," + movingTeam + ",2024-03-01,是"));
        assertThat(preview.validCount()).isEqualTo(2);

        TestAccess.asAdmin(() -> org.save(new OrgUnitChange(movingTeam, "改组后的分公司", OrgUnitKind.BRANCH, "RG-CITY")));

        assertThatThrownBy(() -> staffImport.importValidRows(preview)).isInstanceOf(InvalidInputException.class);
        assertThat(stored(first)).isEmpty();
        assertThat(stored(second)).isEmpty();
    }

    // --- access -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"supervisor1", "staff1", "quality1"})
    void only_hr_and_admins_may_preview_or_store_an_import(String username) {
        String no = newEmployeeNo();
        byte[] file = utf8(ZH_HEADER, no + ",越权,SHOP_SALES," + TEAM_A + ",2024-03-01,是");
        var change = new StaffChange(no, "越权", "SHOP_SALES", TEAM_A, LocalDate.of(2024, 3, 1), true);
        var preview = new StaffImportPreview("refused.csv", List.of("工号"),
                List.of(new StaffImportRow(2, List.of(no), change, List.of())));

        assertThatThrownBy(() -> signedInAs(username, () -> staffImport.preview("refused.csv", file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedInAs(username, () -> staffImport.importValidRows(preview)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored(no)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr1", "admin1"})
    void hr_and_admins_may_import(String username) {
        String no = newEmployeeNo();
        byte[] file = utf8(ZH_HEADER, no + ",有权,SHOP_SALES," + TEAM_A + ",2024-03-01,是");

        StaffImportResult result = signedInAs(username,
                () -> staffImport.importValidRows(staffImport.preview("allowed.csv", file)));

        assertThat(result.created()).isEqualTo(1);
        assertThat(stored(no)).isPresent();
    }

    // --- audit --------------------------------------------------------------------------------------

    @Test
    void an_import_is_audited_as_a_whole_and_per_staff_member() {
        String first = newEmployeeNo();
        String second = newEmployeeNo();
        String fileName = "花名册-" + RUN + ".csv";
        byte[] file = utf8(ZH_HEADER,
                first + ",曹导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                second + ",许导入,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                newEmployeeNo() + ",坏行,SHOP_SALES,T-NOWHERE,2024-03-01,是");

        staffImport.importValidRows(staffImport.preview(fileName, file));

        List<AuditLogEntry> imports = TestAccess.asAdmin(() -> audit.historyOf("StaffDirectory", fileName));
        assertThat(imports).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("IMPORT");
            assertThat(entry.getActor()).isEqualTo("hr1");
            assertThat(entry.getAfterState()).contains("\"created\":2", "\"skippedInvalid\":1");
        });
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("Staff", first))).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("CREATE");
            assertThat(entry.getActor()).isEqualTo("hr1");
            assertThat(entry.getBeforeState()).isNull();
            assertThat(entry.getAfterState()).contains("曹导入", TEAM_A);
        });

        staffImport.importValidRows(staffImport.preview(fileName, file));
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("Staff", first)))
                .as("an unchanged row writes no staff entry").hasSize(1);
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("StaffDirectory", fileName))).hasSize(2);

        staffImport.importValidRows(staffImport.preview(fileName, utf8(ZH_HEADER,
                first + ",曹导入,SHOP_SALES," + TEAM_B + ",2024-03-01,是")));
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("Staff", first)))
                .extracting(AuditLogEntry::getAction).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void a_file_with_a_long_name_is_imported_and_audited() {
        String no = newEmployeeNo();
        String fileName = "LONG" + RUN + "-" + "西城分公司营业厅员工花名册（2024年第三季度，人力资源部汇总，已核对，最终版）".repeat(3)
                + ".xlsx";
        byte[] file = xlsx(
                new Object[] {"工号", "姓名", "岗位", "班组", "入职日期"},
                new Object[] {no, "长文件名", "SHOP_SALES", TEAM_A, "2024-03-01"});
        assertThat(fileName.length()).isGreaterThan(100);

        StaffImportResult result = staffImport.importValidRows(staffImport.preview(fileName, file));

        assertThat(result.created()).isEqualTo(1);
        assertThat(stored(no)).isPresent();
        assertThat(TestAccess.asAdmin(() -> audit.search("LONG" + RUN, PageRequest.of(0, 10))))
                .filteredOn(entry -> entry.getEntityType().equals("StaffDirectory"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo("IMPORT");
                    assertThat(fileName).startsWith(entry.getEntityKey().replace("…", ""));
                });
    }

    // --- error workbook -----------------------------------------------------------------------------

    @Test
    void the_error_workbook_holds_the_original_header_the_rejected_cells_and_the_errors() throws IOException {
        String valid = newEmployeeNo();
        String badPost = newEmployeeNo();
        String formula = newEmployeeNo();
        StaffImportPreview preview = staffImport.preview("errors.csv", utf8(ZH_HEADER,
                valid + ",好行,SHOP_SALES," + TEAM_A + ",2024-03-01,是",
                badPost + ",坏岗位,清洁工," + TEAM_A + ",2024-03-01,是",
                formula + ",=1+2,SHOP_SALES,T-NOWHERE",
                "E 1,短行"));
        List<ErrorWorkbook.RejectedRow> rejected = preview.rows().stream().filter(r -> !r.valid())
                .map(r -> new ErrorWorkbook.RejectedRow(r.rowNumber(), r.cells(), r.problems().stream()
                        .map(p -> p.column() + ": " + p.messageKey()).reduce((a, b) -> a + "; " + b).orElseThrow()))
                .toList();

        byte[] bytes = ErrorWorkbook.write(preview.headers(), "行号", "错误", rejected);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("行号", "工号", "姓名", "岗位", "班组", "入职日期", "在职", "错误");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(cells(sheet.getRow(1))).containsExactly("3", badPost, "坏岗位", "清洁工", TEAM_A, "2024-03-01", "是",
                    "岗位: staff.post.unknown");
            assertThat(cells(sheet.getRow(2))).startsWith("4", formula, "=1+2", "SHOP_SALES", "T-NOWHERE", "", "");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).as("a formula-like name stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(cells(sheet.getRow(2)).get(7)).contains("班组: staff.team.unknown", "入职日期: validation.required");
            assertThat(cells(sheet.getRow(3))).startsWith("5", "E 1", "短行", "", "", "", "");
            assertThat(cells(sheet.getRow(3)).get(7)).contains("工号: validation.code-format");
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static String newEmployeeNo() {
        return "IM" + RUN + String.format("%04d", SEQUENCE.incrementAndGet());
    }

    private void ensureTeam(String code, String name) {
        TestAccess.asAdmin(() -> org.unit(code).orElseGet(
                () -> org.save(new OrgUnitChange(code, name, OrgUnitKind.TEAM, "BR-NORTH"))));
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

    /** Runs the action as a demo user, with the roles that user's account really has. */
    private <T> T signedInAs(String username, Supplier<T> action) {
        String[] authorities = users.loadUserByUsername(username).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toArray(String[]::new);
        return TestAccess.as(username, action, authorities);
    }

    /** A preview whose row 2 is valid and whose row 3 is the row under test. */
    private StaffImportPreview previewWithThirdRow(String header, String rowUnderTest) {
        String validRow = newEmployeeNo() + ",有效行,SHOP_SALES," + TEAM_A + ",2024-03-01,是";
        StaffImportPreview preview = staffImport.preview("rows.csv", utf8(header, validRow, rowUnderTest));
        assertThat(row(preview, 2).problems()).isEmpty();
        return preview;
    }

    private static StaffImportRow row(StaffImportPreview preview, int rowNumber) {
        return preview.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowNumber + " in " + preview.rows()));
    }

    private static void assertOnlyProblem(StaffImportPreview preview, int rowNumber, String column, String messageKey,
                                          Object... leadingArguments) {
        StaffImportRow row = row(preview, rowNumber);
        assertThat(row.valid()).isFalse();
        assertThat(row.change()).isNull();
        assertThat(row.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.messageKey()).isEqualTo(messageKey);
            assertThat(problem.arguments()).startsWith(leadingArguments);
        });
        assertThat(preview.validChanges()).noneMatch(c -> c == null);
    }

    private static List<String> cells(Row row) {
        var formatter = new DataFormatter(Locale.ROOT);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    static byte[] utf8(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gbk(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(GBK);
    }

    /** A one-sheet workbook; LocalDate values become date cells, numbers numeric cells, the rest text. */
    static byte[] xlsx(Object[]... rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("员工");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    var cell = row.createCell(c);
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
