package com.touchpoint.recognition.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.recognition.Leaderboard;
import com.touchpoint.recognition.LeaderboardMetric;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class LeaderboardViewTests extends KaribuTest {

    @Autowired
    OrgStructure orgStructure;

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

    @Test
    @SuppressWarnings("unchecked")
    void leaders_are_shown_with_their_teams_name_not_its_code() {
        signIn("staff1", java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(LeaderboardView.class);
        Grid<Leaderboard.Leader> top = _get(Grid.class, spec -> spec.withId("board-top"));
        List<String> teams = java.util.stream.IntStream.range(0, _size(top))
                .mapToObj(i -> _getFormattedRow(top, i).get(2)).toList();
        Set<String> teamNames = orgStructure.teams().stream().map(OrgUnitDetails::name).collect(Collectors.toSet());
        assertThat(teams).isNotEmpty().allSatisfy(team -> assertThat(teamNames).contains(team))
                .noneMatch(team -> team.startsWith("T-"));
    }
}
