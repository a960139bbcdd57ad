package com.touchpoint.staff;

import com.touchpoint.shared.DemoDataContributor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo organisation: one region, three branches, twelve teams of ten, supervisors for every team
 * and the documented demo accounts (password {@value #PASSWORD}).
 */
@Component
class StaffDemoData implements DemoDataContributor {

    static final String PASSWORD = "Demo#2026";

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "晨", "宇", "欣怡", "子涵", "浩然",
            "思远", "佳琪", "雨桐", "俊杰", "晓东", "海燕", "建华", "文静", "志强", "丽娟", "春梅", "国庆"};

    private record Branch(String code, String name, String shortName) {
    }

    private static final List<Branch> BRANCHES = List.of(
            new Branch("BR-WEST", "西城分公司", "西城"),
            new Branch("BR-EAST", "东城分公司", "东城"),
            new Branch("BR-NORTH", "北城分公司", "北城"));

    private final OrgUnitRepository units;
    private final PostRepository posts;
    private final StaffRepository staff;
    private final UserAccounts accounts;
    private final Random random = new Random(20260101L);
    private final Set<String> usedNames = new HashSet<>();
    private final List<UserAccountChange> demoAccounts = new ArrayList<>();
    private int nextEmployeeNo = 10001;

    StaffDemoData(OrgUnitRepository units, PostRepository posts, StaffRepository staff, UserAccounts accounts) {
        this.units = units;
        this.posts = posts;
        this.staff = staff;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute() {
        OrgUnit region = units.save(new OrgUnit("RG-CITY", "江海市区域", OrgUnitKind.REGION, null));
        int supervisorNo = 1;
        for (Branch b : BRANCHES) {
            OrgUnit branch = units.save(new OrgUnit(b.code(), b.name(), OrgUnitKind.BRANCH, region));
            String suffix = b.code().substring(3);
            supervisorNo = team(branch, "T-" + suffix + "-1", b.shortName() + "营业厅一班", shopPosts(), supervisorNo);
            supervisorNo = team(branch, "T-" + suffix + "-2", b.shortName() + "营业厅二班", shopPosts(), supervisorNo);
            supervisorNo = team(branch, "T-" + suffix + "-3", b.shortName() + "装维一班",
                    repeat("FIELD_ENGINEER"), supervisorNo);
            supervisorNo = team(branch, "T-" + suffix + "-4", b.shortName() + "热线一班",
                    repeat("HOTLINE_AGENT"), supervisorNo);
        }
        Staff firstShopSales = staff.findByEmployeeNo("E10004").orElseThrow();
        Staff eastShopSales = staff.findByEmployeeNo("E10044").orElseThrow();
        account("staff1", firstShopSales.getName(), firstShopSales.getId(), EnumSet.of(Role.STAFF), Set.of());
        account("staff2", eastShopSales.getName(), eastShopSales.getId(), EnumSet.of(Role.STAFF), Set.of());
        account("quality1", "质检 周敏", null, EnumSet.of(Role.QUALITY), Set.of());
        account("hr1", "人力 陈静", null, EnumSet.of(Role.HR), Set.of());
        account("hr2", "人力 刘洋", null, EnumSet.of(Role.HR), Set.of());
        account("admin1", "系统管理员", null, EnumSet.of(Role.ADMIN), Set.of());
        accounts.createSystemAccounts(demoAccounts, PASSWORD);
        demoAccounts.clear();
    }

    private static List<String> shopPosts() {
        return List.of("FRONT_DESK_LEAD", "SERVICE_CONSULTANT", "SERVICE_CONSULTANT", "SHOP_SALES", "SHOP_SALES",
                "SHOP_SALES", "SHOP_SALES", "SHOP_SALES", "SHOP_SALES", "SHOP_SALES");
    }

    private static List<String> repeat(String post) {
        return java.util.Collections.nCopies(10, post);
    }

    /** Creates a team of ten; its first member is the team's supervisor (班组长). */
    private int team(OrgUnit branch, String code, String name, List<String> postCodes, int supervisorNo) {
        OrgUnit team = units.save(new OrgUnit(code, name, OrgUnitKind.TEAM, branch));
        Staff lead = null;
        for (String postCode : postCodes) {
            Staff member = new Staff("E" + nextEmployeeNo++);
            member.update(uniqueName(), posts.getReferenceById(postCode), team, hireDate(), true);
            staff.save(member);
            lead = lead == null ? member : lead;
        }
        account("supervisor" + supervisorNo, lead.getName(), lead.getId(), EnumSet.of(Role.SUPERVISOR, Role.STAFF),
                Set.of(team.getId()));
        return supervisorNo + 1;
    }

    private void account(String username, String displayName, Long staffId, Set<Role> roles, Set<Long> teams) {
        demoAccounts.add(new UserAccountChange(username, displayName, PASSWORD, staffId, roles,
                new LinkedHashSet<>(teams), true));
    }

    private String uniqueName() {
        String name;
        do {
            name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        } while (!usedNames.add(name));
        return name;
    }

    private LocalDate hireDate() {
        return LocalDate.of(2012, 3, 1).plusDays(random.nextInt(365 * 14));
    }
}
