package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorViewTests extends KaribuTest {

    /** The error views as the application registers them (the shared test set-up leaves Vaadin's defaults). */
    private void openWithErrorViews(String username, Locale locale) {
        login(username, locale);
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext())
                .setErrorNavigationTargets(Set.of(ErrorView.class, NotFoundView.class));
    }

    private static String pageText() {
        return _get(ErrorView.class).getElement().getTextRecursively();
    }

    @Test
    void a_page_that_fails_shows_a_plain_sentence_and_an_error_id_in_english() {
        openWithErrorViews("staff1", Locale.ENGLISH);
        UI.getCurrent().navigate("test/failure/unexpected");

        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .startsWith("This page could not be shown because of an unexpected error.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-id")).getText()).matches("Error id: [0-9A-F]{8}");
        assertThat(pageText()).doesNotContain("Exception", "java.", "getName", "There was an exception");
    }

    @Test
    void a_page_that_fails_shows_a_plain_sentence_and_an_error_id_in_chinese() {
        openWithErrorViews("supervisor1", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("test/failure/unexpected");

        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText()).startsWith("发生意外错误，无法显示此页面");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-id")).getText()).matches("错误编号：[0-9A-F]{8}");
        assertThat(pageText()).doesNotContain("Exception", "java.");
    }

    @Test
    void a_known_refusal_while_opening_a_page_is_shown_as_its_own_message() {
        openWithErrorViews("staff1", Locale.ENGLISH);
        UI.getCurrent().navigate("test/failure/refused");

        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText()).isEqualTo("The file leer.xlsx is empty");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withId("error-id")))
                .as("no error id for a known refusal").isEmpty();
        assertThat(pageText()).doesNotContain("Exception");
    }

    @Test
    void a_page_that_cannot_reach_the_database_says_so_in_chinese_and_in_english() {
        openWithErrorViews("supervisor1", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("test/failure/database");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("系统暂时无法连接数据库，此页面无法显示，未做任何更改。通常几分钟内会自动恢复，届时请刷新页面。");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, spec -> spec.withId("error-id")))
                .as("no error id: nothing to report").isEmpty();
        assertThat(pageText()).contains("暂时无法连接数据库").doesNotContain("Exception", "Hikari", "JPA", "java.");

        openWithErrorViews("staff1", Locale.ENGLISH);
        UI.getCurrent().navigate("test/failure/database");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .startsWith("Touchpoint cannot reach its database at the moment, so this page cannot be shown.");
        assertThat(pageText()).contains("The database cannot be reached").doesNotContain("Exception", "Hikari", "JPA");
    }

    @Test
    void an_action_that_cannot_reach_the_database_shows_a_notice_saying_so() {
        login("staff1", Locale.ENGLISH);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(FailingTestView.databaseUnreachable()));

        List<String> texts = getNotifications().stream().map(Notification::getElement).map(e -> e.getProperty("text"))
                .toList();
        assertThat(texts).singleElement().asString()
                .startsWith("Touchpoint cannot reach its database at the moment; the action was not completed")
                .doesNotContain("Exception", "Hikari");
    }

    @Test
    void an_error_in_a_click_handler_shows_a_translated_notice_with_an_error_id() {
        login("staff1", Locale.ENGLISH);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("org.hibernate.LazyInitializationException: no session")));

        List<String> texts = getNotifications().stream().map(Notification::getElement).map(e -> e.getProperty("text"))
                .toList();
        assertThat(texts).singleElement().asString()
                .matches("An unexpected error occurred and the action was not completed\\. If it keeps happening, "
                        + "tell an administrator the error id [0-9A-F]{8}\\.")
                .doesNotContain("Exception");
    }

    @Test
    void a_known_refusal_in_a_click_handler_shows_its_message_in_chinese() {
        login("staff1", Locale.SIMPLIFIED_CHINESE);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new RuntimeException(new com.touchpoint.shared.TouchpointException("import.file.empty", "空.xlsx"))));

        assertThat(getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList())
                .containsExactly("文件 空.xlsx 是空的");
    }
}
