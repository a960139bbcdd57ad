package com.touchpoint.staff.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.touchpoint.satisfaction.ExternalSurveys;
import com.touchpoint.shared.BadWorkbooks;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.shared.TranslationProvider;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files POI cannot read become one plain sentence naming the file, in every upload, and nothing is stored. */
class UnreadableUploadTests extends KaribuTest {

    private static final String UNREADABLE_EN = "The file %s cannot be read: it is not a valid Excel workbook (.xlsx) or "
            + "CSV file, or it is damaged or too large when unpacked. Save it again as .xlsx or .csv and upload it again.";

    @Autowired
    CallbackFileImport callbackImport;
    @Autowired
    ExternalSurveys external;
    @Autowired
    TranslationProvider translations;
    @TempDir
    Path dir;

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(Notification::getElement).map(e -> e.getProperty("text")).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_zip_bomb_and_a_renamed_text_file_in_the_staff_import_are_refused_in_plain_words() {
        login("hr1", Locale.ENGLISH);
        UI.getCurrent().navigate(StaffImportView.class);
        StaffImportView view = _get(StaffImportView.class);

        view.read("bomb.xlsx", BadWorkbooks.zipBomb("工号", "姓名", "岗位", "班组", "入职日期", "在职"));
        assertThat(notificationTexts()).containsExactly(UNREADABLE_EN.formatted("bomb.xlsx"));
        view.read("renamed.xlsx", BadWorkbooks.renamedText());
        assertThat(notificationTexts()).contains(UNREADABLE_EN.formatted("renamed.xlsx"));

        assertThat(String.join(" ", notificationTexts())).doesNotContain("Zip bomb", "ZipSecureFile", "Exception");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("staff-import-rows")))).isZero();
        assertThat(_get(Button.class, spec -> spec.withId("staff-import-store")).isEnabled()).isFalse();
    }

    @Test
    void a_zip_bomb_callback_file_fails_with_the_sentence_and_stores_nothing() throws IOException {
        login("quality1", Locale.SIMPLIFIED_CHINESE);
        Path file = Files.write(dir.resolve("upload.tmp"), BadWorkbooks.zipBomb("外部编号", "工号"));

        TouchpointException refused = catchThrowableOfType(TouchpointException.class, () -> TestAccess.as("quality1",
                () -> callbackImport.importFile("回访炸弹.xlsx", file, Locale.SIMPLIFIED_CHINESE, done -> { }), "ROLE_QUALITY"));

        assertThat(translations.translate(refused, Locale.SIMPLIFIED_CHINESE))
                .startsWith("无法读取文件 回访炸弹.xlsx：它不是有效的 Excel 工作簿").doesNotContain("Zip", "bomb");
        CallbackImportSummary last = TestAccess.as("quality1", () -> callbackImport.history(1), "ROLE_QUALITY").get(0);
        assertThat(last.fileName()).isEqualTo("回访炸弹.xlsx");
        assertThat(last.status()).isEqualTo(CallbackImportSummary.FAILED);
        assertThat(last.accepted()).isZero();
        assertThat(last.message()).doesNotContain("Zip", "bomb");
    }

    @Test
    void a_zip_bomb_external_survey_file_fails_with_the_sentence_and_stores_nothing() {
        login("quality1", Locale.ENGLISH);
        int before = TestAccess.as("quality1", () -> external.all(), "ROLE_QUALITY").size();

        TouchpointException refused = catchThrowableOfType(TouchpointException.class, () -> TestAccess.as("quality1",
                () -> external.importFile("survey.xlsx", BadWorkbooks.zipBomb("季度", "单位", "题项", "得分")), "ROLE_QUALITY"));

        assertThat(translations.translate(refused, Locale.ENGLISH)).isEqualTo(UNREADABLE_EN.formatted("survey.xlsx"));
        assertThat(TestAccess.as("quality1", () -> external.all(), "ROLE_QUALITY")).hasSize(before);
    }
}
