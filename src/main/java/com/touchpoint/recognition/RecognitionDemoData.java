package com.touchpoint.recognition;

import com.touchpoint.shared.DemoDataContributor;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Four months of kudos across the demo teams, within the allowances and daily limits, with one reciprocal pair
 * (E10006 and E10007) and one concentrated giver (E10008 to E10009) in 西城营业厅一班 so that the flags show;
 * then the badges of the three complete months.
 */
@Component
class RecognitionDemoData implements DemoDataContributor {

    private static final List<String> VALUES = List.of("SINCERE_SERVICE", "PROFESSIONAL", "TEAMWORK",
            "KNOWLEDGE_SHARING", "EMOTIONAL_STABILITY");
    private static final Map<String, List<String>> MESSAGES = Map.of(
            "SINCERE_SERVICE", List.of("耐心帮老人办完了业务,客户走的时候一直道谢。", "主动帮客户查了三个月的账单,解释得很清楚。"),
            "PROFESSIONAL", List.of("复杂的携号转网问题十分钟就处理好了,太专业了!", "现场排障思路清晰,一次就修好了。"),
            "TEAMWORK", List.of("高峰期主动来帮我分流排队的客户,谢谢!", "帮我顶了早班,让我能去医院。"),
            "KNOWLEDGE_SHARING", List.of("分享的新套餐对比表特别好用。", "把处理投诉的经验整理成了清单,大家都受益。"),
            "EMOTIONAL_STABILITY", List.of("面对客户的辱骂依然很冷静,最后还把问题解决了。", "忙了一整天还在笑着安慰同事,正能量满满。"));

    private final KudosRepository kudos;
    private final AllowanceStore allowances;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final Badges badges;
    private final RecognitionProperties rules;
    private final ZoneId zone;
    private final OperatorTime operatorTime;
    private final Clock clock;
    private final Random random = new Random(6L);
    private final Map<String, Integer> spent = new HashMap<>();
    private final Map<String, Integer> perDay = new HashMap<>();

    RecognitionDemoData(KudosRepository kudos, AllowanceStore allowances, StaffDirectory directory, OrgStructure org,
                        Badges badges, RecognitionProperties rules, OperatorTime operatorTime, Clock clock) {
        this.kudos = kudos;
        this.allowances = allowances;
        this.directory = directory;
        this.org = org;
        this.badges = badges;
        this.rules = rules;
        this.zone = operatorTime.zone();
        this.operatorTime = operatorTime;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "recognition-kudos";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void contribute() {
        SystemActor.run("demo", this::deliver, "ROLE_ADMIN");
    }

    private void deliver() {
        LocalDate today = operatorTime.today();
        Map<String, StaffRef> byNo = new HashMap<>();
        List<List<StaffRef>> teams = new ArrayList<>();
        for (OrgUnitDetails team : org.teams()) {
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            members.forEach(m -> byNo.put(m.employeeNo(), m));
            if (members.size() > 1) {
                teams.add(members);
            }
        }
        for (int back = 3; back >= 0; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            LocalDate last = back > 0 ? month.atEndOfMonth() : today.getDayOfMonth() > 1 ? today.minusDays(1) : today;
            patterns(byNo, month, last);
            for (List<StaffRef> members : teams) {
                for (StaffRef giver : members) {
                    int count = random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        StaffRef receiver = members.get(random.nextInt(members.size()));
                        if (receiver.id() != giver.id() && !special(giver)) {
                            give(giver, receiver, 5 * (1 + random.nextInt(5)), month, last);
                        }
                    }
                }
            }
        }
        for (int back = 3; back >= 1; back--) {
            badges.award(YearMonth.from(today).minusMonths(back));
        }
    }

    /** The reciprocal pair and the concentrated giver of the flags, in every month. */
    private void patterns(Map<String, StaffRef> byNo, YearMonth month, LocalDate last) {
        StaffRef a = byNo.get("E10006");
        StaffRef b = byNo.get("E10007");
        StaffRef giver = byNo.get("E10008");
        StaffRef favourite = byNo.get("E10009");
        StaffRef other = byNo.get("E10004");
        if (a == null || b == null || giver == null || favourite == null || other == null) {
            return;
        }
        give(a, b, 30, month, last);
        give(b, a, 30, month, last);
        give(a, b, 25, month, last);
        give(b, a, 25, month, last);
        give(giver, favourite, 40, month, last);
        give(giver, favourite, 35, month, last);
        give(giver, other, 10, month, last);
    }

    /** During working hours, but never later than now: kudos of today given before the demo starts. */
    private Instant given(LocalDate day) {
        Instant at = day.atTime(9 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
        Instant now = clock.instant();
        if (!at.isAfter(now)) {
            return at;
        }
        Instant midnight = day.atStartOfDay(zone).toInstant();
        return midnight.plusSeconds((long) (random.nextDouble() * Math.max(0, Duration.between(midnight, now).getSeconds())));
    }

    private static boolean special(StaffRef s) {
        return List.of("E10006", "E10007", "E10008").contains(s.employeeNo());
    }

    private void give(StaffRef giver, StaffRef receiver, int points, YearMonth month, LocalDate last) {
        LocalDate day = month.atDay(1 + random.nextInt(last.getDayOfMonth()));
        String allowanceKey = giver.id() + "/" + month;
        String dayKey = giver.id() + "/" + day;
        if (spent.getOrDefault(allowanceKey, 0) + points > rules.monthlyAllowance()
                || perDay.getOrDefault(dayKey, 0) >= rules.kudosPerDay()) {
            return;
        }
        String value = VALUES.get(random.nextInt(VALUES.size()));
        List<String> messages = MESSAGES.get(value);
        Instant at = given(day);
        kudos.save(new Kudos(giver.id(), receiver.id(), value, messages.get(random.nextInt(messages.size())), points, day, at));
        AllowanceStore.Allowance allowance = allowances.lock(giver.id(), month, rules.monthlyAllowance());
        allowances.spend(giver.id(), month, points, day, allowance.givenOn(day) + 1);
        spent.merge(allowanceKey, points, Integer::sum);
        perDay.merge(dayKey, 1, Integer::sum);
    }
}
