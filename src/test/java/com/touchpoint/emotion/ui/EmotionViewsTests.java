package com.touchpoint.emotion.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.MutableClock;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.emotion.CheckInRequest;
import com.touchpoint.emotion.CheckIns;
import com.touchpoint.emotion.Moment;
import com.touchpoint.emotion.MoodConsent;
import com.touchpoint.emotion.MoodTag;
import com.touchpoint.emotion.OwnCheckIn;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccountChange;
import com.touchpoint.staff.UserAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The check-in, My mood and Team climate pages, in both languages, with what each viewer must not see. */
class EmotionViewsTests extends KaribuTest {

    static final String NOTE = "今天心里有点堵";

    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrgStructure org;
    @Autowired
    CheckIns checkIns;
    @Autowired
    MoodConsent consent;
    @Autowired
    AuditLog audit;
    @Autowired
    OperatorTime time;
    @Autowired
    MutableClock clock;

    String teamCode;
    long teamId;
    String supervisor;
    List<TestStaff.Member> members = new ArrayList<>();

    @BeforeEach
    void team() {
        teamCode = "T-VIEW-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        teamId = TestAccess.asAdmin(() -> org.save(new OrgUnitChange(teamCode, "页面测试班", OrgUnitKind.TEAM,
                "BR-NORTH"))).id();
        for (int i = 0; i < 4; i++) {
            members.add(TestStaff.newMember(directory, accounts, "SHOP_SALES", teamCode, "页面组员" + i));
        }
        supervisor = "viewlead" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        TestAccess.asAdmin(() -> accounts.create(new UserAccountChange(supervisor, "页面班组长", "Lead#2026x", null,
                Set.of(Role.SUPERVISOR), Set.of(teamId), true)));
    }

    private OwnCheckIn checkIn(TestStaff.Member member, LocalDate day, Moment moment, int mood, String note) {
        try {
            clock.set(day.atTime(12, 0).atZone(time.zone()).toInstant());
            return member.act(() -> checkIns.save(new CheckInRequest(member.staffId(), day, moment, mood, 4,
                    Set.of(MoodTag.WORKLOAD), note)));
        } finally {
            clock.reset();
        }
    }

    /** Everything the page says outside grids (the layout holds the view). */
    private static String pageText() {
        return _get(com.touchpoint.layout.MainLayout.class).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tags_and_the_note_are_made_when_unfolded_and_saved_with_the_check_in() {
        TestStaff.Member member = members.get(1);
        login(member.username());
        UI.getCurrent().navigate("");
        Div card = _get(Div.class, spec -> spec.withId("home-check-in"));
        assertThat(_find(card, CheckboxGroup.class)).as("folded away: not made yet").isEmpty();
        assertThat(_find(card, TextArea.class)).isEmpty();
        Details more = _get(card, Details.class, spec -> spec.withId("check-in-more"));
        more.setOpened(true);
        CheckboxGroup<MoodTag> tags = _get(card, CheckboxGroup.class, spec -> spec.withId("check-in-tags"));
        tags.setValue(Set.of(MoodTag.WORKLOAD));
        _get(card, TextArea.class, spec -> spec.withId("check-in-note")).setValue("排队的人很多");
        _click(_get(card, Button.class, spec -> spec.withId("mood-2")));
        _click(_get(card, Button.class, spec -> spec.withId("stress-4")));
        _click(_get(card, Button.class, spec -> spec.withId("check-in-save")));

        OwnCheckIn saved = member.act(() -> checkIns.today(Moment.SHIFT_START)).orElseThrow();
        assertThat(saved.point().tags()).containsExactly(MoodTag.WORKLOAD);
        assertThat(saved.note()).isEqualTo("排队的人很多");

        // today's check-in with a note, opened again on My mood's card: the tags and the note are shown at once
        UI.getCurrent().navigate(MyMoodView.class);
        _get(com.vaadin.flow.component.tabs.Tabs.class, spec -> spec.withId("check-in-moment"))
                .setSelectedIndex(Moment.SHIFT_START.ordinal());
        assertThat((Set<MoodTag>) _get(CheckboxGroup.class, spec -> spec.withId("check-in-tags")).getValue())
                .containsExactly(MoodTag.WORKLOAD);
        assertThat(_get(TextArea.class, spec -> spec.withId("check-in-note")).getValue()).isEqualTo("排队的人很多");
    }

    @Test
    void a_staff_member_checks_in_on_the_start_page_in_three_taps_and_is_led_to_my_mood() {
        TestStaff.Member member = members.get(0);
        login(member.username());
        UI.getCurrent().navigate("");
        Div card = _get(Div.class, spec -> spec.withId("home-check-in"));
        _click(_get(card, Button.class, spec -> spec.withId("mood-4")));
        _click(_get(card, Button.class, spec -> spec.withId("stress-2")));
        _click(_get(card, Button.class, spec -> spec.withId("check-in-save")));

        OwnCheckIn saved = member.act(() -> checkIns.today(Moment.SHIFT_START)).orElseThrow();
        assertThat(saved.point().mood()).isEqualTo(4);
        assertThat(saved.point().stress()).isEqualTo(2);
        assertThat(saved.note()).isNull();
        assertThat(_get(RouterLink.class, spec -> spec.withId("my-mood-link")).getHref()).isEqualTo("my-mood");

        // the next sign-in offers the end of the shift; with both done nothing is offered
        login(member.username());
        UI.getCurrent().navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("home-check-in")).getElement().getTextRecursively())
                .contains("下班打卡");
        checkIn(member, time.today(), Moment.SHIFT_END, 3, null);
        login(member.username());
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("home-check-in"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void my_mood_shows_my_notes_the_not_enough_days_wording_and_turns_sharing_on_with_an_audit_entry() {
        TestStaff.Member member = members.get(0);
        checkIn(member, time.today(), Moment.SHIFT_START, 2, NOTE);
        login(member.username(), Locale.ENGLISH);
        UI.getCurrent().navigate(MyMoodView.class);

        Grid<OwnCheckIn> timeline = _get(Grid.class, spec -> spec.withId("mood-timeline"));
        assertThat(_size(timeline)).isEqualTo(1);
        assertThat(_getFormattedRow(timeline, 0).get(5))
                .isEqualTo(NOTE);
        assertThat(_get(Div.class, spec -> spec.withClasses("mood-contagion")).getElement().getTextRecursively())
                .contains("Not enough days yet: 0 callbacks on good-mood days and 0 on low-mood days");
        assertThat(_get(Div.class, spec -> spec.withId("mood-consent-box")).getElement().getTextRecursively())
                .contains("never sees your private notes").contains("at least 5 people");

        _setValue(_get(Checkbox.class, spec -> spec.withId("mood-consent")), true);
        assertThat(member.act(() -> consent.mine())).isTrue();
        assertThat(TestAccess.asAdmin(() -> audit.historyOf("MoodConsent", String.valueOf(member.staffId()))))
                .hasSize(1);
    }

    @Test
    void my_mood_shows_a_strain_signal_with_suggestions() {
        TestStaff.Member member = members.get(0);
        LocalDate today = time.today();
        checkIn(member, today.minusDays(1), Moment.SHIFT_START, 1, null);
        checkIn(member, today.minusDays(1), Moment.SHIFT_END, 2, null);
        checkIn(member, today, Moment.SHIFT_START, 1, null);
        login(member.username());
        UI.getCurrent().navigate(MyMoodView.class);
        String signals = _get(Div.class, spec -> spec.withClasses("mood-signals")).getElement().getTextRecursively();
        assertThat(signals).contains("最近 3 次打卡中有 3 次心情低落").contains("找你的班组长聊一聊")
                .contains("员工援助");
        assertThat(_find(Div.class, spec -> spec.withClasses("mood-suggestions"))).hasSize(1);
    }

    @Test
    void the_supervisor_sees_a_sharing_members_figures_without_notes_and_nothing_of_the_others() {
        TestStaff.Member sharing = members.get(0);
        TestStaff.Member private_ = members.get(1);
        LocalDate today = time.today();
        checkIn(sharing, today.minusDays(1), Moment.SHIFT_START, 1, NOTE);
        checkIn(sharing, today.minusDays(1), Moment.SHIFT_END, 2, NOTE);
        checkIn(sharing, today, Moment.SHIFT_START, 1, NOTE);
        checkIn(private_, today.minusDays(1), Moment.SHIFT_START, 1, "不想让人知道");
        checkIn(private_, today.minusDays(1), Moment.SHIFT_END, 1, null);
        checkIn(private_, today, Moment.SHIFT_START, 1, null);
        sharing.act(() -> consent.setMine(true));

        login(supervisor, Locale.ENGLISH);
        UI.getCurrent().navigate(TeamClimateView.class);
        Div panel = _get(Div.class, spec -> spec.withId("climate-sharing"));
        List<Details> shown = _find(panel, Details.class);
        assertThat(shown).extracting(d -> d.getId().orElseThrow()).containsExactly("sharing-" + sharing.staffId());
        String text = pageText();
        assertThat(text).contains("Consider a check-in conversation").contains("3 of the last 3 check-ins")
                .doesNotContain(NOTE).doesNotContain("不想让人知道").doesNotContain(private_.name());
        assertThat(text.split("Consider a check-in conversation", -1)).hasSize(2);
        // the sharing member's check-ins, newest first, as figures only
        assertThat(_get(panel, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("sharing-latest"))
                .getText()).startsWith("Latest check-ins (mood / stress): " + today.format(
                        java.time.format.DateTimeFormatter.ofPattern("MM-dd")) + " Shift start 😣1 / 4").doesNotContain(NOTE);
        // two people checked in: the team figures say so instead of a number
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("climate-grid"));
        assertThat(_getFormattedRow(grid, _size(grid) - 1).get(1))
                .isEqualTo("fewer than 5 people checked in");
        assertThat(_get(Div.class, spec -> spec.withId("climate-tags")).getElement().getTextRecursively())
                .contains("fewer than 5 people checked in");
    }

    @Test
    @SuppressWarnings("unchecked")
    void five_people_show_the_days_figures() {
        members.add(TestStaff.newMember(directory, accounts, "SHOP_SALES", teamCode, "页面组员4"));
        for (TestStaff.Member member : members) {
            checkIn(member, time.today(), Moment.SHIFT_START, 4, null);
        }
        login(supervisor);
        UI.getCurrent().navigate(TeamClimateView.class);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("climate-by")), com.touchpoint.emotion.Granularity.DAY);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("climate-grid"));
        int last = _size(grid) - 1;
        assertThat(_getFormattedRow(grid, last).get(0)).isEqualTo(time.today().toString());
        assertThat(_getFormattedRow(grid, last).get(1)).isEqualTo("100.00%（5/5 人）");
        assertThat(_getFormattedRow(grid, last).get(2)).isEqualTo("4.00");
    }

    @Test
    void hr_sees_the_climate_across_teams_and_no_member_panel() {
        login("hr1");
        UI.getCurrent().navigate(TeamClimateView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("climate-across")))).isGreaterThanOrEqualTo(12);
        assertThat(_find(Div.class, spec -> spec.withId("climate-sharing"))).isEmpty();
    }

    @Test
    void staff_cannot_open_team_climate() {
        login(members.get(0).username());
        assertShowsNotFound(() -> UI.getCurrent().navigate(TeamClimateView.class));
    }
}
