package com.touchpoint.recognition.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.recognition.ValueTag;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class RecognitionViewsTests extends KaribuTest {

    @Autowired
    StaffDirectory directory;

    @Test
    @SuppressWarnings("unchecked")
    void a_staff_member_gives_kudos_and_sees_it_in_the_team_feed() {
        login("staff2");
        UI.getCurrent().navigate(RecognitionView.class);
        assertThat(_get(Span.class, spec -> spec.withId("allowance-status")).getText()).isNotBlank();
        ComboBox<StaffRef> receiver = _get(ComboBox.class, spec -> spec.withId("kudos-receiver"));
        StaffRef teammate = receiver.getListDataView().getItems().filter(s -> s.teamCode().equals("T-EAST-1"))
                .findFirst().orElseThrow();
        receiver.setValue(teammate);
        Select<ValueTag> value = _get(Select.class, spec -> spec.withId("kudos-value"));
        value.setValue(value.getListDataView().getItems().findFirst().orElseThrow());
        String message = "谢谢你今天帮我分流客户 " + UUID.randomUUID().toString().substring(0, 6);
        _get(TextArea.class, spec -> spec.withId("kudos-message")).setValue(message);
        _click(_get(Button.class, spec -> spec.withId("kudos-give")));

        Div feed = _get(Div.class, spec -> spec.withId("feed"));
        assertThat(_find(feed, Paragraph.class)).extracting(Paragraph::getText).contains(message);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_services_objections_appear_on_the_form_fields() {
        login("staff2", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(RecognitionView.class);
        _click(_get(Button.class, spec -> spec.withId("kudos-give")));
        ComboBox<StaffRef> receiver = _get(ComboBox.class, spec -> spec.withId("kudos-receiver"));
        assertThat(receiver.isInvalid()).isTrue();
        TextArea message = _get(TextArea.class, spec -> spec.withId("kudos-message"));
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Field Message is required");
        assertThat(receiver.getErrorMessage()).isEqualTo("Field Colleague is required").doesNotContain("receiver");
    }

    @Test
    void a_message_longer_than_500_characters_is_cut_and_the_form_says_so() {
        login("staff2", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(RecognitionView.class);
        TextArea message = _get(TextArea.class, spec -> spec.withId("kudos-message"));
        message.setValue("谢".repeat(612));
        assertThat(message.getValue()).hasSize(500);
        assertThat(message.getHelperText()).contains("Cut to 500 characters").contains("612");
        message.setValue("谢".repeat(20));
        assertThat(message.getHelperText()).isEqualTo("20/500");
    }

    @Test
    void hiding_a_kudos_without_a_reason_says_that_a_reason_is_needed() {
        login("supervisor1");
        UI.getCurrent().navigate(TeamRecognitionView.class);
        Grid<?> kudos = _get(Grid.class, spec -> spec.withId("team-kudos"));
        int row = 0;
        while (_find((Span) _getCellComponent(kudos, row, "action"), Button.class).isEmpty()) {
            row++;
        }
        _click(_find((Span) _getCellComponent(kudos, row, "action"), Button.class).get(0));
        _click(_get(Button.class, spec -> spec.withId("hide-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("hide-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("需要填写原因");
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void the_supervisor_sees_the_demo_flags_and_hides_a_kudos_with_a_reason() {
        login("supervisor1");
        UI.getCurrent().navigate(TeamRecognitionView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("flag-grid")))).isGreaterThanOrEqualTo(2);
        Grid<?> kudos = _get(Grid.class, spec -> spec.withId("team-kudos"));
        assertThat(_size(kudos)).isPositive();
        int row = 0;
        while (_find((Span) _getCellComponent(kudos, row, "action"), Button.class).isEmpty()) {
            row++;
        }
        _click(_find((Span) _getCellComponent(kudos, row, "action"), Button.class).get(0));
        _get(TextArea.class, spec -> spec.withId("hide-reason")).setValue("与工作无关");
        _click(_get(Button.class, spec -> spec.withId("hide-save")));
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(t -> assertThat(t).contains("分已退还给"));
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void staff_see_their_band_and_can_opt_out_of_public_leaderboards() {
        login("staff1");
        UI.getCurrent().navigate(LeaderboardView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-my-band")).getText()).isNotBlank();
        assertThat(_find(Grid.class, spec -> spec.withId("board-top"))).hasSize(1);
        Checkbox optOut = _get(Checkbox.class, spec -> spec.withId("board-opt-out"));
        optOut.setValue(true);
        optOut.setValue(false);
        assertThat(optOut.getValue()).isFalse();
    }

    @Test
    void my_received_page_shows_badges_totals_and_praise_and_others_pages_are_refused() {
        login("staff1");
        UI.getCurrent().navigate(ReceivedView.class);
        assertThat(_find(Div.class, spec -> spec.withId("badges"))).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("giver-totals"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("received-praise"))).hasSize(1);
        long other = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10044").id());
        assertShowsNotFound(() -> UI.getCurrent().navigate(ReceivedView.class, other));
        assertThat(_find(Grid.class, spec -> spec.withId("giver-totals"))).isEmpty();
    }

    @Test
    void an_admin_adds_a_value_tag_and_bad_codes_are_named() {
        login("admin1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(ValueTagsView.class);
        int before = _size(_get(Grid.class, spec -> spec.withId("value-grid")));
        _click(_get(Button.class, spec -> spec.withId("value-new")));
        _get(TextField.class, spec -> spec.withId("value-code")).setValue("bad code");
        _get(TextField.class, spec -> spec.withId("value-name-zh")).setValue("客户至上");
        _get(TextField.class, spec -> spec.withId("value-name-en")).setValue("Customer first");
        _click(_get(Button.class, spec -> spec.withId("value-save")));
        TextField code = _get(TextField.class, spec -> spec.withId("value-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("\"bad code\"");
        code.setValue("CUSTOMER_FIRST_" + (System.nanoTime() % 1000));
        _click(_get(Button.class, spec -> spec.withId("value-save")));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("value-grid")))).isEqualTo(before + 1);
    }

    @Test
    void the_feed_loads_twenty_more_at_a_time() {
        login("staff1");
        UI.getCurrent().navigate(RecognitionView.class);
        var tabs = _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("feed-tabs"));
        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("feed-everyone")));
        Div feed = _get(Div.class, spec -> spec.withId("feed"));
        assertThat(_find(feed, KudosCard.class)).hasSize(RecognitionView.PAGE);
        _click(_get(Button.class, spec -> spec.withId("feed-more")));
        assertThat(_find(feed, KudosCard.class)).hasSize(2 * RecognitionView.PAGE);
    }
}
