package com.touchpoint.recognition.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.recognition.LeaderboardMetric;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class LeaderboardViewTests extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"staff1", "supervisor1"})
    @SuppressWarnings("unchecked")
    void staff_and_supervisors_see_the_board_for_both_metrics(String username) {
        login(username);
        UI.getCurrent().navigate(LeaderboardView.class);
        Select<LeaderboardMetric> metric = _get(Select.class, spec -> spec.withId("board-metric"));
        for (LeaderboardMetric m : LeaderboardMetric.values()) {
            metric.setValue(m);
            assertThat(getNotifications()).as("no refusal or error for " + m).isEmpty();
            assertThat(_size(_get(Grid.class, spec -> spec.withId("board-top")))).as("leaders by " + m).isPositive();
            assertThat(_get(Paragraph.class, spec -> spec.withId("board-my-band")).getText()).isNotBlank();
            assertThat(_find(LeaderboardView.class)).hasSize(1);
        }
    }

    @Test
    void the_board_shows_no_figure_below_the_top_band() {
        login("staff1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(LeaderboardView.class);
        String bands = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("board-bands")).getElement()
                .getTextRecursively();
        assertThat(bands).doesNotContainPattern("\\d+\\.\\d\\d");
    }
}
