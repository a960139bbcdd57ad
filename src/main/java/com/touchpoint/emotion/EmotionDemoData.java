package com.touchpoint.emotion;

import com.touchpoint.satisfaction.CallbackScores;
import com.touchpoint.satisfaction.ScoredCallback;
import com.touchpoint.shared.DemoDataContributor;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Period;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Three months of check-ins up to yesterday for most of the demo staff (not every day): start moods that follow
 * the day's callbacks (strongly for staff1, so their contagion figure shows), the outage week of the repair teams,
 * staff1, E10005 and E10007 sharing with supervisor1, E10005 (sharing) and E10008 (not sharing) with a run of low
 * moods, and 北城热线一班 (T-NORTH-4), where only four people check in, under the k rule.
 */
@Component
class EmotionDemoData implements DemoDataContributor {

    static final String SMALL_TEAM = "T-NORTH-4";
    static final Set<String> SHARING = Set.of("E10004", "E10005", "E10007");
    static final Set<String> LOW_RUN = Set.of("E10005", "E10008");
    static final String STRONG_CONTAGION = "E10004";
    private static final String[] NOTES = {"客户一直骂，忍住了", "早上堵车迟到，心情很差", "今天同事帮了我很多", "系统卡了一上午",
            "孩子生病了，有点担心", "连续三个投诉，好累"};

    private final StaffDirectory directory;
    private final OrgStructure org;
    private final CallbackScores callbacks;
    private final ConsentStore consents;
    private final JdbcTemplate jdbc;
    private final OperatorTime time;
    private final Clock clock;
    private final Random random = new Random(20260313L);
    private final List<Object[]> rows = new ArrayList<>();

    EmotionDemoData(StaffDirectory directory, OrgStructure org, CallbackScores callbacks, ConsentStore consents,
                    JdbcTemplate jdbc, OperatorTime time, Clock clock) {
        this.directory = directory;
        this.org = org;
        this.callbacks = callbacks;
        this.consents = consents;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "emotion-check-ins";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void contribute() {
        SystemActor.run("demo", this::deliver, "ROLE_ADMIN");
    }

    private void deliver() {
        LocalDate yesterday = time.today().minusDays(1);
        Period period = new Period(time.today().minusMonths(3), yesterday);
        LocalDate outage = time.today().minusMonths(2).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        for (OrgUnitDetails team : org.teams()) {
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            Map<Long, Map<LocalDate, Double>> dayScores = dayScores(callbacks.ofTeam(team.id(), period));
            boolean repair = members.stream().anyMatch(m -> m.postCode().equals("FIELD_ENGINEER"));
            for (int i = 0; i < members.size(); i++) {
                StaffRef member = members.get(i);
                boolean checksIn = team.code().equals(SMALL_TEAM) ? i < 4 : random.nextDouble() < 0.9;
                if (checksIn) {
                    staffCheckIns(member, period, dayScores.getOrDefault(member.id(), Map.of()),
                            repair ? outage : null);
                }
                if (SHARING.contains(member.employeeNo())) {
                    consents.set(member.id(), true, clock.instant());
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO emotion_check_in (staff_id, work_date, moment, mood, stress, tags, note, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    /** Each staff member's mean callback score per service day. */
    private static Map<Long, Map<LocalDate, Double>> dayScores(List<ScoredCallback> scored) {
        return scored.stream().filter(c -> c.valid() && c.score() != null).collect(Collectors.groupingBy(
                ScoredCallback::staffId, Collectors.groupingBy(ScoredCallback::serviceDate,
                        Collectors.averagingDouble(ScoredCallback::score))));
    }

    private void staffCheckIns(StaffRef member, Period period, Map<LocalDate, Double> scores, LocalDate outage) {
        double baseline = 3.5 + random.nextGaussian() * 0.35;
        double participation = 0.6 + random.nextDouble() * 0.3;
        double mean = scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(80);
        double coupling = member.employeeNo().equals(STRONG_CONTAGION) ? 0.25 : 0.06;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            boolean lowRun = LOW_RUN.contains(member.employeeNo()) && !day.isBefore(period.to().minusDays(2));
            if (!lowRun && (day.getDayOfWeek() == DayOfWeek.SUNDAY || random.nextDouble() > participation)) {
                continue;
            }
            boolean inOutage = outage != null && !day.isBefore(outage) && day.isBefore(outage.plusDays(7));
            double shift = (inOutage ? -1.6 : 0) + (scores.containsKey(day) ? coupling * (scores.get(day) - mean) : 0);
            int startMood = lowRun ? 1 + random.nextInt(2) : clamp(baseline + shift + random.nextGaussian() * 0.6);
            int endMood = lowRun ? 2 : clamp(startMood + random.nextGaussian() * 0.8 - (inOutage ? 0.5 : 0));
            add(member, day, Moment.SHIFT_START, startMood, inOutage);
            if (random.nextDouble() < 0.8 || lowRun) {
                add(member, day, Moment.SHIFT_END, endMood, inOutage);
            }
        }
    }

    private void add(StaffRef member, LocalDate day, Moment moment, int mood, boolean inOutage) {
        int stress = clamp(5.6 - mood + random.nextGaussian() * 0.7 + (inOutage ? 1 : 0));
        Set<MoodTag> tags = EnumSet.noneOf(MoodTag.class);
        if (inOutage) {
            tags.add(MoodTag.SYSTEM);
            tags.add(random.nextBoolean() ? MoodTag.WORKLOAD : MoodTag.DIFFICULT_CUSTOMER);
        } else if (mood <= 2 || random.nextDouble() < 0.15) {
            tags.add(MoodTag.values()[random.nextInt(MoodTag.values().length)]);
        }
        String note = random.nextDouble() < 0.06 ? NOTES[random.nextInt(NOTES.length)] : null;
        Timestamp at = Timestamp.from(day.atTime(moment == Moment.SHIFT_START ? 9 : 18, 0).atZone(time.zone())
                .toInstant());
        rows.add(new Object[] {member.id(), Date.valueOf(day), moment.name(), mood, stress,
                tags.stream().sorted().map(MoodTag::name).collect(Collectors.joining(",")), note, at, at});
    }

    private static int clamp(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }
}
