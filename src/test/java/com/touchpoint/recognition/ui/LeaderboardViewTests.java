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

    /**
     * Signs in as behind the real login: Vaadin's security context strategy reads the user from the HTTP
     * session, so a context set on the thread alone (as a borrowed role would be) does not count.
     */
    private void signIn(String username, java.util.Locale locale) {
        login(username, locale);
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                org.springframework.security.core.context.SecurityContextHolder.getContext());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff1", "supervisor1"})
    @SuppressWarnings("unchecked")
    void staff_and_supervisors_see_the_board_for_both_metrics(String username) {
        signIn(username, java.util.Locale.SIMPLIFIED_CHINESE);
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
        signIn("staff1", java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(LeaderboardView.class);
        String bands = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("board-bands")).getElement()
                .getTextRecursively();
        assertThat(bands).doesNotContainPattern("\\d+\\.\\d\\d");
    }
}
