package com.touchpoint.scale;

import com.touchpoint.TouchpointTest;
import com.touchpoint.coaching.CoachingSessions;
import com.touchpoint.emotion.Granularity;
import com.touchpoint.emotion.TeamClimate;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.CallbackScores;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.RollupMaintenance;
import com.touchpoint.satisfaction.ScoredCallback;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccounts;
import com.touchpoint.training.TrainingAssignments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale data generator at a small scale: the same seed gives the same organisation and figures (two copies
 * under different code prefixes, compared with the prefixes taken out), and the indicators read from the rollups
 * that the intake kept agree with the raw callbacks.
 */
@TouchpointTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleDataTests {

    static final int STAFF = 60;
    static final long CALLBACKS = 2_000;

    @Autowired
    ScaleDataGenerator generator;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    IndicatorService indicators;
    @Autowired
    CallbackScores scores;
    @Autowired
    RollupMaintenance rollups;
    @Autowired
    TrainingAssignments assignments;
    @Autowired
    CoachingSessions sessions;
    @Autowired
    RecognitionFeeds feeds;
    @Autowired
    TeamClimate climate;
    @Autowired
    OperatorTime time;
    @Autowired
    UserAccounts accounts;

    ScalePlan first;
    ScalePlan second;

    @BeforeAll
    void generateTwice() {
        LocalDate end = time.today().minusDays(1);
        first = new ScalePlan(7, STAFF, CALLBACKS, 15, end.minusYears(1).plusDays(1), end, 30, "SCA");
        second = new ScalePlan(7, STAFF, CALLBACKS, 15, end.minusYears(1).plusDays(1), end, 30, "SCB");
        long started = System.nanoTime();
        generator.generate(first, true);
        generator.generate(second, true);
        System.out.printf("Two small scale organisations generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private List<OrgUnitDetails> teams(ScalePlan plan) {
        return TestAccess.asAdmin(() -> org.teams().stream().filter(t -> plan.owns(t.code()))
                .sorted(Comparator.comparing(OrgUnitDetails::code)).toList());
    }

    /** Everything the features show of a generated organisation, with its code prefix taken out. */
    private List<String> fingerprint(ScalePlan plan) {
        Period year = new Period(plan.first(), plan.last());
        List<String> lines = new ArrayList<>();
        for (OrgUnitDetails team : teams(plan)) {
            lines.add("team " + team.code().substring(plan.prefix().length()) + " " + team.name());
            TestAccess.asAdmin(() -> {
                for (StaffIndicators s : indicators.forTeam(team.id(), year)) {
                    lines.add(String.join(" ", s.employeeNo().substring(plan.prefix().length()), s.name(), s.postCode(),
                            "n=" + s.attempted() + "/" + s.callbacks(), "index=" + s.index(),
                            "adjusted=" + s.adjustedIndex(), "t=" + s.tScore(), "weak=" + s.weakItems(),
                            "points=" + feeds.countedPoints(s.staffId(), YearMonth.from(plan.last()))));
                }
                assignments.ofTeam(team.id()).stream().map(a -> String.join(" ", "assignment",
                        a.employeeNo().substring(plan.prefix().length()), a.moduleId(), a.dueDate().toString(),
                        String.valueOf(a.status()), String.valueOf(a.completedAt())))
                        .sorted().forEach(lines::add);
                String coach = TestAccess.asAdmin(() -> accounts.supervisorsOf(team.id())).get(0);
                lines.add("coach " + coach.substring(plan.prefix().length()));
                TestAccess.as(coach, () -> sessions.ofTeam(team.id()), "ROLE_SUPERVISOR", "ROLE_STAFF").stream().map(s -> String.join(" ", "session",
                        s.employeeNo().substring(plan.prefix().length()), s.scheduledAt().toString(),
                        String.valueOf(s.type()), s.focusItems().toString(), String.valueOf(s.state())))
                        .sorted().forEach(lines::add);
                climate.climate(team.id(), new Period(plan.last().minusDays(27), plan.last()), Granularity.WEEK)
                        .forEach(c -> lines.add("climate " + c.window() + " " + c.participants() + " "
                                + c.meanMood() + " " + c.meanStress() + " " + new java.util.TreeMap<>(c.tagCounts())));
                return null;
            });
        }
        return lines;
    }

    @Test
    void the_same_seed_gives_the_same_organisation_and_figures() {
        List<String> a = fingerprint(first);
        List<String> b = fingerprint(second);
        assertThat(a).hasSizeGreaterThan(STAFF + 4).isEqualTo(b);
        assertThat(a).anyMatch(line -> line.startsWith("assignment")).anyMatch(line -> line.startsWith("session"))
                .anyMatch(line -> line.startsWith("climate"));
    }

    @Test
    void the_organisation_has_the_planned_staff_over_all_five_posts() {
        List<OrgUnitDetails> teams = teams(first);
        assertThat(teams).hasSize(4);
        List<StaffRef> staff = TestAccess.asAdmin(() -> teams.stream()
                .flatMap(t -> directory.teamRefs(t.id()).stream()).toList());
        assertThat(staff).hasSize(STAFF);
        assertThat(staff.stream().map(StaffRef::postCode).collect(Collectors.toSet())).isEqualTo(Set.of("SHOP_SALES",
                "HOTLINE_AGENT", "FIELD_ENGINEER", "SERVICE_CONSULTANT", "FRONT_DESK_LEAD"));
    }

    @Test
    void the_indicators_agree_with_the_raw_callbacks() {
        Period year = new Period(first.first(), first.last());
        long attempted = 0;
        for (OrgUnitDetails team : teams(first)) {
            List<StaffIndicators> figures = TestAccess.asAdmin(() -> indicators.forTeam(team.id(), year));
            Map<Long, List<ScoredCallback>> raw = TestAccess.asAdmin(() -> scores.ofTeam(team.id(), year)).stream()
                    .collect(Collectors.groupingBy(ScoredCallback::staffId));
            for (StaffIndicators s : figures) {
                List<ScoredCallback> own = raw.getOrDefault(s.staffId(), List.of());
                assertThat(s.attempted()).as(s.employeeNo()).isEqualTo(own.size());
                assertThat(s.callbacks()).as(s.employeeNo()).isEqualTo(own.stream().filter(ScoredCallback::valid).count());
                attempted += s.attempted();
            }
        }
        assertThat(attempted).isEqualTo(CALLBACKS);
        assertThat(TestAccess.asAdmin(() -> rollups.rebuild(first.first(), first.last())))
                .as("rollup rows that differ from a recomputation from the raw callbacks").isZero();
    }
}
