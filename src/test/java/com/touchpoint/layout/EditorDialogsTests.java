package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.InvalidInputException;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The one save path of the editor dialogs: errors beside their fields or as a notice, close on success. */
class EditorDialogsTests extends KaribuTest {

    private final TextField name = new TextField();
    private final Dialog dialog = new Dialog(name);
    private final AtomicInteger saved = new AtomicInteger();
    private FieldErrors errors;

    @BeforeEach
    void openDialog() {
        login("admin1");
        errors = new FieldErrors(Map.of("name", name));
        dialog.open();
    }

    private List<String> notices() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void a_problem_with_a_field_is_shown_on_it_and_the_dialog_stays_open() {
        EditorDialogs.saveAndClose(dialog, errors, () -> {
            throw new InvalidInputException("name", "validation.required", "名称");
        }, saved::incrementAndGet);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("字段 名称 为必填项");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(saved).hasValue(0);
    }

    @Test
    void a_problem_without_a_field_and_a_refusal_are_shown_as_notices() {
        EditorDialogs.saveAndClose(dialog, errors, () -> {
            throw new InvalidInputException("other", "validation.required", "编号");
        }, saved::incrementAndGet);
        EditorDialogs.saveAndClose(dialog, errors, () -> {
            throw new ConflictException("callback.conflict", "X1");
        }, saved::incrementAndGet);
        assertThat(notices()).containsExactly("字段 编号 为必填项", "外部编号 X1 已存在且内容不同（冲突）");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(saved).hasValue(0);
    }

    @Test
    void a_save_that_goes_through_clears_old_errors_closes_the_dialog_and_then_refreshes() {
        name.setInvalid(true);
        EditorDialogs.saveAndClose(dialog, errors, () -> { }, saved::incrementAndGet);
        assertThat(name.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(saved).hasValue(1);
    }
}
