package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class UploadsTests extends KaribuTest {

    @Autowired
    MultipartProperties multipart;

    private Upload open(String username, Locale locale, String route, String uploadId) {
        login(username, locale);
        UI.getCurrent().navigate(route);
        return _get(Upload.class, spec -> spec.withId(uploadId));
    }

    @ParameterizedTest
    @CsvSource({"hr1, staff/import, staff-upload", "quality1, quality/imports, callback-upload",
            "quality1, quality/questionnaire, external-upload"})
    void every_upload_accepts_exactly_what_the_server_accepts_and_says_so(String user, String route, String id) {
        Upload upload = open(user, Locale.ENGLISH, route, id);

        assertThat(multipart.getMaxFileSize().toMegabytes()).isEqualTo(50);
        assertThat((long) upload.getMaxFileSize()).isEqualTo(multipart.getMaxFileSize().toBytes());
        assertThat(_get(Span.class, spec -> spec.withId(id + "-help")).getText())
                .isEqualTo("Accepted: .xlsx .csv, one file of at most 50 MB.");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("it is larger than the limit of 50 MB.");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Upload file…");
    }

    @ParameterizedTest
    @CsvSource({"hr1, staff/import, staff-upload", "quality1, quality/imports, callback-upload",
            "quality1, quality/questionnaire, external-upload"})
    void an_over_limit_file_is_refused_with_its_name_and_the_limit_in_chinese(String user, String route, String id) {
        Upload upload = open(user, Locale.SIMPLIFIED_CHINESE, route, id);
        assertThat(_get(Span.class, spec -> spec.withId(id + "-help")).getText())
                .isEqualTo("可上传：.xlsx .csv，一次一个文件，最大 50 MB。");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("上传文件…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("把文件拖到这里");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("只接受以下文件类型：.xlsx .csv。");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, upload.getI18n().getError().getFileIsTooBig(),
                "回访2026年10月.xlsx"));

        assertThat(getNotifications().stream().map(Notification::getElement).map(e -> e.getProperty("text")).toList())
                .containsExactly("文件 回访2026年10月.xlsx 未被接受：文件超过 50 MB 的上限。");
    }
}
