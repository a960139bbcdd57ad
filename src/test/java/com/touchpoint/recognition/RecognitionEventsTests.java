package com.touchpoint.recognition;

import com.touchpoint.TouchpointTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What recognition tells the other features: kudos given or hidden, a month's badges awarded. */
@TouchpointTest
@ExtendWith(PublishedEventsExtension.class)
class RecognitionEventsTests {

    @Autowired
    KudosGiving giving;
    @Autowired
    Badges badges;
    @Autowired
    KudosRepository kudos;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    TestStaff.Member giver;
    TestStaff.Member receiver;

    @BeforeEach
    void colleagues() {
        giver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "赠予人");
        receiver = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "接收人");
    }

    private KudosView give(int points) {
        return giver.act(() -> giving.give(new KudosRequest(receiver.staffId(), "TEAMWORK", "谢谢你的帮助", points)));
    }

    @Test
    void giving_kudos_publishes_who_gave_whom_how_many_points_for_which_value_on_which_day(PublishedEvents events) {
        KudosView given = give(15);

        assertThat(events.ofType(KudosGiven.class)).containsExactly(new KudosGiven(given.id(), giver.staffId(), "赠予人",
                receiver.staffId(), "TEAMWORK", 15, giving.today()));
    }

    @Test
    void a_refused_kudos_publishes_nothing(PublishedEvents events) {
        assertThatThrownBy(() -> giver.act(() -> giving.give(new KudosRequest(giver.staffId(), "TEAMWORK", "自己", 10))))
                .isInstanceOf(com.touchpoint.shared.InvalidInputException.class);

        assertThat(events.ofType(KudosGiven.class)).isEmpty();
    }

    @Test
    void hiding_a_kudos_publishes_the_points_returned_the_reason_and_who_hid_it(PublishedEvents events) {
        KudosView given = give(40);

        TestAccess.as("supervisor2", () -> giving.hide(given.id(), " 内容与工作无关 "), "ROLE_STAFF", "ROLE_SUPERVISOR");

        assertThat(events.ofType(KudosHidden.class)).containsExactly(new KudosHidden(given.id(), giver.staffId(),
                receiver.staffId(), 40, "内容与工作无关", "supervisor2"));
    }

    @Test
    void awarding_a_month_publishes_its_badges_once(PublishedEvents events) {
        // a month no other test and no demo data touches, with one colleague recognised by two others
        YearMonth month = YearMonth.of(2017, 8);
        TestStaff.Member third = TestStaff.newMember(directory, accounts, "SHOP_SALES", "T-WEST-2", "第三人");
        LocalDate day = month.atDay(9);
        for (TestStaff.Member from : List.of(giver, third)) {
            kudos.save(new Kudos(from.staffId(), receiver.staffId(), "TEAMWORK", "历史点赞", 10, day,
                    day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        }

        List<Badge> awarded = TestAccess.asAdmin(() -> badges.award(month));
        TestAccess.asAdmin(() -> badges.award(month));

        assertThat(awarded).extracting(Badge::staffId, Badge::kind, Badge::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(receiver.staffId(), BadgeKind.PARTNER_STAR,
                        BigDecimal.valueOf(2)));
        assertThat(events.ofType(BadgesAwarded.class)).containsExactly(new BadgesAwarded(month, awarded));
    }
}
