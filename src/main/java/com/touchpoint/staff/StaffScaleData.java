package com.touchpoint.staff;

import com.touchpoint.shared.ScaleDataContributor;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.shared.ScaleProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The scale organisation: regions of about eight branches, branches of about eight teams, teams of
 * {@link ScalePlan#teamSize()} (two shop teams, a repair team and a hotline team in turn, like the demo branches),
 * the five posts, a supervisor account for every team (its first member) and one HR and one quality account, all
 * with the demo password.
 */
@Component
class StaffScaleData implements ScaleDataContributor {

    static final int TEAMS_PER_BRANCH = 8;
    static final int BRANCHES_PER_REGION = 8;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "晨", "宇", "欣怡", "子涵", "浩然",
            "思远", "佳琪", "雨桐", "俊杰", "晓东", "海燕", "建华", "文静", "志强", "丽娟", "春梅", "国庆"};
    private static final String[] CITIES = {"江海", "临川", "青州", "云港", "白沙", "南屏", "金湾", "石桥", "东岭", "西津"};

    private final OrgUnitRepository units;
    private final PostRepository posts;
    private final StaffRepository staff;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;

    StaffScaleData(OrgUnitRepository units, PostRepository posts, StaffRepository staff, UserAccounts accounts,
                   PlatformTransactionManager transactionManager) {
        this.units = units;
        this.posts = posts;
        this.staff = staff;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public int order() {
        return 10;
    }

    /** The posts of a team, by its place in the branch: two shop teams, then repair, then hotline. */
    static List<String> postsOf(int teamInBranch, int size) {
        List<String> result = new ArrayList<>();
        switch (teamInBranch % 4) {
            case 2 -> result.addAll(Collections.nCopies(size, "FIELD_ENGINEER"));
            case 3 -> result.addAll(Collections.nCopies(size, "HOTLINE_AGENT"));
            default -> {
                result.add("FRONT_DESK_LEAD");
                int consultants = Math.max(1, size / 5);
                for (int i = 1; i < size; i++) {
                    result.add(i <= consultants ? "SERVICE_CONSULTANT" : "SHOP_SALES");
                }
            }
        }
        return result;
    }

    @Override
    public void contribute(ScalePlan plan, ScaleProgress progress) {
        Random random = plan.random(name());
        String p = plan.prefix();
        int teams = plan.teams();
        int branches = (teams + TEAMS_PER_BRANCH - 1) / TEAMS_PER_BRANCH;
        List<UserAccountChange> logins = new ArrayList<>();
        int made = 0;
        OrgUnit region = null;
        for (int b = 0; b < branches; b++) {
            final int branchNo = b;
            if (b % BRANCHES_PER_REGION == 0) {
                int r = b / BRANCHES_PER_REGION;
                String city = CITIES[r % CITIES.length] + (r >= CITIES.length ? String.valueOf(r / CITIES.length + 1) : "");
                region = transactions.execute(s -> units.save(new OrgUnit(String.format("%s-RG-%02d", p, r + 1),
                        city + "区域", OrgUnitKind.REGION, null)));
            }
            OrgUnit parent = region;
            String branchName = CITIES[(b / BRANCHES_PER_REGION) % CITIES.length] + (b % BRANCHES_PER_REGION + 1) + "分公司";
            int first = made;
            made = transactions.execute(s -> {
                OrgUnit branch = units.save(new OrgUnit(String.format("%s-BR-%03d", p, branchNo + 1), branchName,
                        OrgUnitKind.BRANCH, parent));
                int next = first;
                for (int t = 0; t < TEAMS_PER_BRANCH && branchNo * TEAMS_PER_BRANCH + t < teams; t++) {
                    int teamNo = branchNo * TEAMS_PER_BRANCH + t + 1;
                    int size = teamNo < teams ? plan.teamSize() : plan.staff() - plan.teamSize() * (teams - 1);
                    String kind = switch (t % 4) {
                        case 2 -> "装维" + (t / 4 + 1) + "班";
                        case 3 -> "热线" + (t / 4 + 1) + "班";
                        default -> "营业厅" + (t / 4 * 2 + t % 4 + 1) + "班";
                    };
                    OrgUnit team = units.save(new OrgUnit(plan.teamCode(teamNo), branchName + kind, OrgUnitKind.TEAM,
                            branch));
                    Staff lead = null;
                    for (String postCode : postsOf(t, size)) {
                        Staff member = new Staff(plan.employeeNo(++next));
                        member.update(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                                posts.getReferenceById(postCode), team, LocalDate.of(2010, 3, 1)
                                        .plusDays(random.nextInt(365 * 15)), true);
                        staff.save(member);
                        lead = lead == null ? member : lead;
                    }
                    logins.add(new UserAccountChange(String.format("%s-sup%04d", p.toLowerCase(), teamNo),
                            lead.getName(), StaffDemoData.PASSWORD, lead.getId(),
                            EnumSet.of(Role.SUPERVISOR, Role.STAFF), new LinkedHashSet<>(Set.of(team.getId())), true));
                }
                return next;
            });
            progress.at(made, plan.staff(), "staff");
        }
        logins.add(new UserAccountChange(p.toLowerCase() + "-hr1", "人力 压测", StaffDemoData.PASSWORD, null,
                EnumSet.of(Role.HR), Set.of(), true));
        logins.add(new UserAccountChange(p.toLowerCase() + "-quality1", "质检 压测", StaffDemoData.PASSWORD, null,
                EnumSet.of(Role.QUALITY), Set.of(), true));
        transactions.executeWithoutResult(s -> accounts.createSystemAccounts(logins, StaffDemoData.PASSWORD));
        progress.done(String.format("%,d staff in %,d teams, %,d branches, %,d accounts", made, teams, branches,
                logins.size()));
    }
}
