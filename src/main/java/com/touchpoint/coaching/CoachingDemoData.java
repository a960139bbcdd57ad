package com.touchpoint.coaching;

import com.touchpoint.shared.DemoDataContributor;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.staff.UserAccounts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Three months of coaching for the demo teams: per team four members with two finished sessions (about 75 and 40
 * days ago, whose focus items the real callbacks show improved or not), actions done on time, late and overdue, a few
 * sessions coming up, and staff1 (E10004) with a session three days ago waiting for acknowledgement.
 */
@Component
class CoachingDemoData implements DemoDataContributor {

    private static final List<String> ITEMS = List.of("PROMISE", "ATTITUDE", "EFFICIENCY", "RESOLUTION", "PROFESSIONAL");
    private static final List<String> ACTIONS = List.of("每次上门前电话告知客户预计到达时间", "复盘两条低分回访，写下改进做法",
            "向客户解释办理进度，不让客户干等", "和老员工结对观摩一周", "整理常见问题答复清单");

    private final CoachingSessionRepository sessions;
    private final ActionItemRepository actions;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final UserAccounts accounts;
    private final ZoneId zone;
    private final Clock clock;
    private final OperatorTime time;
    private final Random random = new Random(14L);

    CoachingDemoData(CoachingSessionRepository sessions, ActionItemRepository actions, StaffDirectory directory,
                     OrgStructure org, UserAccounts accounts, OperatorTime time, Clock clock) {
        this.sessions = sessions;
        this.actions = actions;
        this.directory = directory;
        this.org = org;
        this.accounts = accounts;
        this.zone = time.zone();
        this.clock = clock;
        this.time = time;
    }

    @Override
    public String name() {
        return "coaching-sessions";
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
        LocalDate today = time.today();
        for (OrgUnitDetails team : org.teams()) {
            List<String> supervisors = accounts.supervisorsOf(team.id());
            List<StaffRef> members = directory.teamRefs(team.id()).stream().filter(StaffRef::active).toList();
            if (supervisors.isEmpty() || members.size() < 2) {
                continue;
            }
            String supervisor = supervisors.get(0);
            // the first member is the team's lead, who supervises the others
            for (StaffRef member : members.subList(1, Math.min(members.size(), 5))) {
                finished(member, supervisor, today.minusDays(70 + random.nextInt(10)), today, true);
                finished(member, supervisor, today.minusDays(35 + random.nextInt(10)), today,
                        "E10004".equals(member.employeeNo()) || random.nextInt(5) != 0);
                if ("E10004".equals(member.employeeNo())) {
                    waitingForStaff1(member, supervisor, today);
                } else if (random.nextBoolean()) {
                    CoachingSession next = new CoachingSession(member.id(), supervisor, at(today.plusDays(1 + random.nextInt(10)), 15),
                            SessionType.REGULAR, List.of(item()), clock.instant());
                    sessions.save(next);
                }
            }
        }
    }

    private void finished(StaffRef member, String supervisor, LocalDate day, LocalDate today, boolean acknowledged) {
        String focus = item();
        CoachingSession s = new CoachingSession(member.id(), supervisor, at(day, 10), random.nextInt(4) == 0
                ? SessionType.AFTER_COMPLAINT : SessionType.REGULAR, List.of(focus), at(day.minusDays(5), 9));
        s.recordNotes("回顾了近期回访，重点改进" + focus + "相关的做法。", "状态还可以，继续观察。");
        s.hold(at(day, 11));
        if (acknowledged) {
            s.acknowledge(at(day.plusDays(1), 9), random.nextBoolean() ? "同意，会按约定去做。" : null);
        }
        sessions.save(s);
        LocalDate due = day.plusDays(14);
        ActionItem onTime = new ActionItem(s.getId(), member.id(), ActionOwner.STAFF, action(), due, focus, null, at(day, 11));
        onTime.done(due.minusDays(random.nextInt(5)));
        ActionItem other = new ActionItem(s.getId(), member.id(), random.nextBoolean() ? ActionOwner.STAFF
                : ActionOwner.SUPERVISOR, action(), due.plusDays(7), ActionItem.INDEX, null, at(day, 11));
        int fate = random.nextInt(3);
        if (fate == 0) {
            other.done(due.plusDays(7 + 1 + random.nextInt(5)));
        } else if (fate == 1) {
            other.done(due.plusDays(random.nextInt(7)));
        }
        if (other.getDoneOn() != null && other.getDoneOn().isAfter(today)) {
            other.done(today);
        }
        actions.saveAll(List.of(onTime, other));
    }

    /** staff1's recent session, held three days ago and waiting for acknowledgement, with an open action. */
    private void waitingForStaff1(StaffRef member, String supervisor, LocalDate today) {
        LocalDate day = today.minusDays(3);
        CoachingSession s = new CoachingSession(member.id(), supervisor, at(day, 14), SessionType.REGULAR,
                List.of("PROMISE", "ATTITUDE"), at(day.minusDays(4), 9));
        s.recordNotes("承诺兑现仍低于指标：约好的回电时间要守住；有变化先告诉客户。",
                "最近排班较满，留意情绪。");
        s.hold(at(day, 15));
        sessions.save(s);
        actions.save(new ActionItem(s.getId(), member.id(), ActionOwner.STAFF, "每次承诺回电都记在便签上并按时回电",
                today.plusDays(11), "PROMISE", null, at(day, 15)));
        actions.save(new ActionItem(s.getId(), member.id(), ActionOwner.SUPERVISOR, "调整周末排班",
                today.plusDays(1), ActionItem.INDEX, null, at(day, 15)));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private String item() {
        return ITEMS.get(random.nextInt(ITEMS.size()));
    }

    private String action() {
        return ACTIONS.get(random.nextInt(ACTIONS.size()));
    }
}
