package com.touchpoint.coaching;

import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.ScaleDataContributor;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.shared.ScaleProgress;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Coaching at scale, in the demo's style: in every team six members with two finished and acknowledged sessions
 * (about 75 and 40 days before the plan's end), each with an action done on time and one done on time, late or still
 * open, and some sessions coming up. One transaction per team.
 */
@Component
class CoachingScaleData implements ScaleDataContributor {

    private static final List<String> ITEMS = List.of("PROMISE", "ATTITUDE", "EFFICIENCY", "RESOLUTION", "PROFESSIONAL");
    private static final List<String> ACTIONS = List.of("每次上门前电话告知客户预计到达时间", "复盘两条低分回访，写下改进做法",
            "向客户解释办理进度，不让客户干等", "和老员工结对观摩一周", "整理常见问题答复清单");

    private final CoachingSessionRepository sessions;
    private final ActionItemRepository actions;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final UserAccounts accounts;
    private final OperatorTime time;
    private final TransactionTemplate transactions;

    CoachingScaleData(CoachingSessionRepository sessions, ActionItemRepository actions, StaffDirectory directory,
                      OrgStructure org, UserAccounts accounts, OperatorTime time,
                      PlatformTransactionManager transactionManager) {
        this.sessions = sessions;
        this.actions = actions;
        this.directory = directory;
        this.org = org;
        this.accounts = accounts;
        this.time = time;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "coaching";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void contribute(ScalePlan plan, ScaleProgress progress) {
        Random random = plan.random(name());
        List<OrgUnitDetails> teams = org.teams().stream().filter(t -> plan.owns(t.code()))
                .sorted(Comparator.comparing(OrgUnitDetails::code)).toList();
        int[] count = new int[1];
        int done = 0;
        for (OrgUnitDetails team : teams) {
            List<String> supervisors = accounts.supervisorsOf(team.id());
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            if (!supervisors.isEmpty() && members.size() >= 2) {
                transactions.executeWithoutResult(s -> {
                    for (StaffRef member : members.subList(1, Math.min(members.size(), 7))) {
                        finished(random, member, supervisors.get(0), plan.last().minusDays(70 + random.nextInt(10)), plan.last());
                        finished(random, member, supervisors.get(0), plan.last().minusDays(35 + random.nextInt(10)), plan.last());
                        count[0] += 2;
                        if (random.nextBoolean()) {
                            sessions.save(new CoachingSession(member.id(), supervisors.get(0),
                                    at(plan.last().plusDays(1 + random.nextInt(10)), 15), SessionType.REGULAR,
                                    List.of(item(random)), at(plan.last(), 9)));
                            count[0]++;
                        }
                    }
                });
            }
            progress.at(++done, teams.size(), "teams");
        }
        progress.done(String.format("%,d sessions in %,d teams", count[0], teams.size()));
    }

    private void finished(Random random, StaffRef member, String supervisor, LocalDate day, LocalDate end) {
        String focus = item(random);
        CoachingSession s = new CoachingSession(member.id(), supervisor, at(day, 10), random.nextInt(4) == 0
                ? SessionType.AFTER_COMPLAINT : SessionType.REGULAR, List.of(focus), at(day.minusDays(5), 9));
        s.recordNotes("回顾了近期回访，重点改进" + focus + "相关的做法。", "状态还可以，继续观察。");
        s.hold(at(day, 11));
        s.acknowledge(at(day.plusDays(1), 9), random.nextBoolean() ? "同意，会按约定去做。" : null);
        sessions.save(s);
        LocalDate due = day.plusDays(14);
        ActionItem onTime = new ActionItem(s.getId(), member.id(), ActionOwner.STAFF,
                ACTIONS.get(random.nextInt(ACTIONS.size())), due, focus, null, at(day, 11));
        onTime.done(due.minusDays(random.nextInt(5)));
        ActionItem other = new ActionItem(s.getId(), member.id(), random.nextBoolean() ? ActionOwner.STAFF
                : ActionOwner.SUPERVISOR, ACTIONS.get(random.nextInt(ACTIONS.size())), due.plusDays(7), ActionItem.INDEX,
                null, at(day, 11));
        int fate = random.nextInt(3);
        if (fate == 0) {
            other.done(due.plusDays(8 + random.nextInt(5)));
        } else if (fate == 1) {
            other.done(due.plusDays(random.nextInt(7)));
        }
        if (other.getDoneOn() != null && other.getDoneOn().isAfter(end)) {
            other.done(end);
        }
        actions.saveAll(List.of(onTime, other));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(time.zone()).toInstant();
    }

    private static String item(Random random) {
        return ITEMS.get(random.nextInt(ITEMS.size()));
    }
}
