package com.touchpoint.emotion;

import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.ScaleDataContributor;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.shared.ScaleProgress;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Check-ins over the last {@link ScalePlan#checkInDays()} days of the plan for about nine in ten staff (not every
 * day, not on Sundays), written in JDBC batches like the demo's; about one in six shares with the supervisor.
 */
@Component
class EmotionScaleData implements ScaleDataContributor {

    private static final int CHUNK = 5000;

    private final OrgStructure org;
    private final StaffDirectory directory;
    private final ConsentStore consents;
    private final JdbcTemplate jdbc;
    private final OperatorTime time;
    private final TransactionTemplate transactions;

    EmotionScaleData(OrgStructure org, StaffDirectory directory, ConsentStore consents, JdbcTemplate jdbc,
                     OperatorTime time, PlatformTransactionManager transactionManager) {
        this.org = org;
        this.directory = directory;
        this.consents = consents;
        this.jdbc = jdbc;
        this.time = time;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "check-ins";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void contribute(ScalePlan plan, ScaleProgress progress) {
        Random random = plan.random(name());
        LocalDate from = plan.last().minusDays(plan.checkInDays() - 1L);
        from = from.isBefore(plan.first()) ? plan.first() : from;
        List<StaffRef> staff = new ArrayList<>();
        org.teams().stream().filter(t -> plan.owns(t.code())).sorted(Comparator.comparing(OrgUnitDetails::code))
                .forEach(t -> staff.addAll(directory.teamRefs(t.id()).stream().filter(StaffRef::active).toList()));
        List<Object[]> rows = new ArrayList<>();
        long written = 0;
        int sharing = 0;
        Timestamp consentAt = Timestamp.from(plan.first().atStartOfDay(time.zone()).toInstant());
        for (int i = 0; i < staff.size(); i++) {
            StaffRef member = staff.get(i);
            if (random.nextDouble() >= 0.9 || plan.checkInDays() == 0) {
                continue;
            }
            if (random.nextDouble() < 0.16) {
                consents.set(member.id(), true, consentAt.toInstant());
                sharing++;
            }
            double baseline = 3.5 + random.nextGaussian() * 0.35;
            double participation = 0.5 + random.nextDouble() * 0.35;
            for (LocalDate day = from; !day.isAfter(plan.last()); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY || random.nextDouble() > participation) {
                    continue;
                }
                int startMood = clamp(baseline + random.nextGaussian() * 0.6);
                rows.add(row(random, member, day, Moment.SHIFT_START, startMood));
                if (random.nextDouble() < 0.8) {
                    rows.add(row(random, member, day, Moment.SHIFT_END, clamp(startMood + random.nextGaussian() * 0.8)));
                }
            }
            if (rows.size() >= CHUNK) {
                written += write(rows);
                progress.at(i + 1, staff.size(), "staff with check-ins");
            }
        }
        written += write(rows);
        progress.done(String.format("%,d check-ins from %s to %s, %,d staff sharing", written, from, plan.last(),
                sharing));
    }

    private long write(List<Object[]> rows) {
        int n = rows.size();
        if (n > 0) {
            transactions.executeWithoutResult(s -> jdbc.batchUpdate("INSERT INTO emotion_check_in (staff_id, work_date, "
                    + "moment, mood, stress, tags, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
            rows.clear();
        }
        return n;
    }

    private Object[] row(Random random, StaffRef member, LocalDate day, Moment moment, int mood) {
        int stress = clamp(5.6 - mood + random.nextGaussian() * 0.7);
        Set<MoodTag> tags = EnumSet.noneOf(MoodTag.class);
        if (mood <= 2 || random.nextDouble() < 0.15) {
            tags.add(MoodTag.values()[random.nextInt(MoodTag.values().length)]);
        }
        Timestamp at = Timestamp.from(day.atTime(moment == Moment.SHIFT_START ? 9 : 18, 0).atZone(time.zone())
                .toInstant());
        return new Object[] {member.id(), Date.valueOf(day), moment.name(), mood, stress,
                tags.stream().sorted().map(MoodTag::name).collect(Collectors.joining(",")), null, at, at};
    }

    private static int clamp(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }
}
