package com.touchpoint.recognition;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Kudos between team colleagues in every month of the plan, within the monthly allowance and the daily limit, with
 * the allowance rows that giving would have left; written in JDBC batches.
 */
@Component
class RecognitionScaleData implements ScaleDataContributor {

    private static final List<String> VALUES = List.of("SINCERE_SERVICE", "PROFESSIONAL", "TEAMWORK",
            "KNOWLEDGE_SHARING", "EMOTIONAL_STABILITY");
    private static final String[] MESSAGES = {"耐心帮老人办完了业务，客户走的时候一直道谢。", "高峰期主动来帮我分流排队的客户，谢谢！",
            "分享的新套餐对比表特别好用。", "现场排障思路清晰，一次就修好了。", "面对客户的辱骂依然很冷静，最后还把问题解决了。"};

    private final OrgStructure org;
    private final StaffDirectory directory;
    private final RecognitionProperties rules;
    private final JdbcTemplate jdbc;
    private final OperatorTime time;
    private final TransactionTemplate transactions;

    RecognitionScaleData(OrgStructure org, StaffDirectory directory, RecognitionProperties rules, JdbcTemplate jdbc,
                         OperatorTime time, PlatformTransactionManager transactionManager) {
        this.org = org;
        this.directory = directory;
        this.rules = rules;
        this.jdbc = jdbc;
        this.time = time;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "kudos";
    }

    @Override
    public int order() {
        return 40;
    }

    private record Allowance(long staffId, YearMonth month, int spent, LocalDate lastDay, int thatDay) {
    }

    @Override
    public void contribute(ScalePlan plan, ScaleProgress progress) {
        Random random = plan.random(name());
        List<OrgUnitDetails> teams = org.teams().stream().filter(t -> plan.owns(t.code()))
                .sorted(Comparator.comparing(OrgUnitDetails::code)).toList();
        long total = 0;
        int done = 0;
        for (OrgUnitDetails team : teams) {
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            List<Object[]> kudos = new ArrayList<>();
            Map<String, Allowance> allowances = new HashMap<>();
            Map<String, Integer> perDay = new HashMap<>();
            for (YearMonth month = YearMonth.from(plan.first()); !month.isAfter(YearMonth.from(plan.last()));
                 month = month.plusMonths(1)) {
                LocalDate first = month.atDay(1).isBefore(plan.first()) ? plan.first() : month.atDay(1);
                LocalDate last = month.atEndOfMonth().isAfter(plan.last()) ? plan.last() : month.atEndOfMonth();
                int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
                for (StaffRef giver : members) {
                    int count = members.size() < 2 ? 0 : random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        StaffRef receiver = members.get(random.nextInt(members.size()));
                        int points = 5 * (1 + random.nextInt(5));
                        LocalDate day = first.plusDays(random.nextInt(span));
                        String key = giver.id() + "/" + month;
                        Allowance a = allowances.getOrDefault(key, new Allowance(giver.id(), month, 0, null, 0));
                        int thatDay = perDay.getOrDefault(giver.id() + "/" + day, 0);
                        if (receiver.id() == giver.id() || a.spent() + points > rules.monthlyAllowance()
                                || thatDay >= rules.kudosPerDay()) {
                            continue;
                        }
                        perDay.put(giver.id() + "/" + day, thatDay + 1);
                        LocalDate latest = a.lastDay() == null || day.isAfter(a.lastDay()) ? day : a.lastDay();
                        allowances.put(key, new Allowance(giver.id(), month, a.spent() + points, latest,
                                perDay.get(giver.id() + "/" + latest)));
                        Timestamp at = Timestamp.from(day.atTime(9 + random.nextInt(10), random.nextInt(60))
                                .atZone(time.zone()).toInstant());
                        kudos.add(new Object[] {giver.id(), receiver.id(), VALUES.get(random.nextInt(VALUES.size())),
                                MESSAGES[random.nextInt(MESSAGES.length)], points, month.toString(), Date.valueOf(day), at});
                    }
                }
            }
            transactions.executeWithoutResult(s -> {
                jdbc.batchUpdate("INSERT INTO recognition_kudos (giver_id, receiver_id, value_code, message, points, "
                        + "kudos_month, given_on, given_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kudos);
                jdbc.batchUpdate("INSERT INTO recognition_allowance (staff_id, allowance_month, granted, spent, "
                        + "last_given_on, given_that_day) VALUES (?, ?, ?, ?, ?, ?)", allowances.values().stream()
                        .sorted(Comparator.comparing(Allowance::staffId).thenComparing(Allowance::month))
                        .map(a -> new Object[] {a.staffId(), a.month().toString(), rules.monthlyAllowance(), a.spent(),
                                Date.valueOf(a.lastDay()), a.thatDay()}).toList());
            });
            total += kudos.size();
            progress.at(++done, teams.size(), "teams");
        }
        progress.done(String.format("%,d kudos in %,d teams", total, teams.size()));
    }
}
