package com.touchpoint.incentive;

import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.ConflictException;
import com.touchpoint.shared.InvalidInputException;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.YearMonth;

import static com.touchpoint.incentive.IncentiveRunTests.asHr;
import static com.touchpoint.incentive.IncentiveRunTests.statementOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TouchpointTest
class IncentiveSchemesTests {

    @Autowired
    IncentiveSchemes schemes;
    @Autowired
    IncentiveRuns runs;
    @Autowired
    IncentiveStatements statements;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    private static SchemeParameters base(String amount) {
        return SchemeParameters.defaults(new BigDecimal(amount));
    }

    @Test
    void the_defaults_ship_for_every_post() {
        assertThat(asHr("hr1", () -> schemes.versions())).filteredOn(v -> v.effectiveFrom().equals(YearMonth.of(2000, 1)))
                .extracting(v -> v.postCode() + "=" + v.parameters().base().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("SHOP_SALES=2000", "HOTLINE_AGENT=1800", "FIELD_ENGINEER=2200",
                        "SERVICE_CONSULTANT=2000", "FRONT_DESK_LEAD=2500");
        assertThat(asHr("hr1", () -> schemes.versions())).filteredOn(v -> v.postCode().equals("SHOP_SALES")
                && v.effectiveFrom().equals(YearMonth.of(2000, 1))).singleElement().satisfies(v -> {
                    SchemeParameters p = v.parameters();
                    assertThat(p.slope()).isEqualByComparingTo("2");
                    assertThat(p.floor()).isEqualByComparingTo("0.80");
                    assertThat(p.cap()).isEqualByComparingTo("1.20");
                    assertThat(p.kudosRate()).isEqualByComparingTo("0.5");
                    assertThat(p.kudosCap()).isEqualByComparingTo("200");
                    assertThat(p.complaintAmount()).isEqualByComparingTo("100");
                    assertThat(p.complaintShare()).isEqualByComparingTo("0.30");
                });
    }

    @Test
    void a_month_is_calculated_with_the_version_in_effect_and_a_used_version_never_changes() {
        TestStaff.Member lead = TestStaff.newMember(directory, accounts, "FRONT_DESK_LEAD", "T-EAST-1");
        SchemeVersion june = asHr("hr1", () -> schemes.addVersion("FRONT_DESK_LEAD", YearMonth.of(2021, 6), base("2600")));
        // July onwards back to the default amount, so that later months keep the shipped scheme
        asHr("hr1", () -> schemes.addVersion("FRONT_DESK_LEAD", YearMonth.of(2021, 7), base("2500")));
        // an unused version of the same month may still be replaced
        SchemeVersion juneAgain = asHr("hr1", () -> schemes.addVersion("FRONT_DESK_LEAD", YearMonth.of(2021, 6), base("2700")));
        assertThat(juneAgain.id()).isNotEqualTo(june.id());

        asHr("hr1", () -> runs.runNow(YearMonth.of(2021, 6), RunProgress.NONE));
        asHr("hr1", () -> runs.runNow(YearMonth.of(2021, 5), RunProgress.NONE));
        Statement inJune = statementOf(statements, YearMonth.of(2021, 6), lead.staffId());
        assertThat(inJune.schemeId()).isEqualTo(juneAgain.id());
        assertThat(inJune.base()).isEqualByComparingTo("2700.00");
        assertThat(statementOf(statements, YearMonth.of(2021, 5), lead.staffId()).base()).isEqualByComparingTo("2500.00");

        assertThatThrownBy(() -> asHr("hr1", () -> schemes.addVersion("FRONT_DESK_LEAD", YearMonth.of(2021, 6), base("2800"))))
                .isInstanceOf(ConflictException.class);
        assertThat(asHr("hr1", () -> schemes.versions())).filteredOn(v -> v.id() == juneAgain.id()).singleElement()
                .satisfies(v -> {
                    assertThat(v.used()).isTrue();
                    assertThat(v.parameters().base()).isEqualByComparingTo("2700");
                });
    }

    @Test
    void bad_parameters_are_refused_naming_the_field_and_nothing_is_stored() {
        int before = asHr("hr1", () -> schemes.versions()).size();
        var floorAboveCap = new SchemeParameters(new BigDecimal("2000"), 10, new BigDecimal("2"), new BigDecimal("1.3"),
                new BigDecimal("1.2"), new BigDecimal("0.5"), new BigDecimal("200"), new BigDecimal("100"),
                new BigDecimal("0.3"));
        assertThatThrownBy(() -> asHr("hr1", () -> schemes.addVersion("SHOP_SALES", YearMonth.of(2030, 1), floorAboveCap)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("floor"));
        assertThatThrownBy(() -> asHr("hr1", () -> schemes.addVersion("NO_SUCH_POST", YearMonth.of(2030, 1), base("1"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(asHr("hr1", () -> schemes.versions())).hasSize(before);
    }

    @Test
    void only_hr_adds_versions() {
        for (String[] who : new String[][] {{"staff1", "ROLE_STAFF"}, {"supervisor1", "ROLE_SUPERVISOR"},
                {"quality1", "ROLE_QUALITY"}, {"admin1", "ROLE_ADMIN"}}) {
            assertThatThrownBy(() -> TestAccess.as(who[0], () -> schemes.addVersion("SHOP_SALES", YearMonth.of(2030, 2),
                    base("1")), who[1])).as(who[0]).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> TestAccess.as("staff1", () -> schemes.versions(), "ROLE_STAFF"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
