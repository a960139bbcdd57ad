package com.touchpoint.audit.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.MutableClock;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.security.ApiTokens;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTests extends KaribuTest {

    @Autowired
    OrgStructure org;
    @Autowired
    MutableClock clock;
    @Autowired
    ApiTokens tokens;

    @SuppressWarnings("unchecked")
    private Grid<AuditLogEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private void renameTwice(String code) {
        org.save(new OrgUnitChange(code, "审计测试班", OrgUnitKind.TEAM, "BR-NORTH"));
        org.save(new OrgUnitChange(code, "审计测试班（改名）", OrgUnitKind.TEAM, "BR-NORTH"));
    }

    @Test
    void entries_are_listed_newest_first_with_times_in_the_operators_time_zone() {
        login("admin1");
        clock.set(Instant.parse("2026-11-30T03:50:00Z"));
        try {
            renameTwice("T-AUDIT-1");
        } finally {
            clock.reset();
        }
        UI.getCurrent().navigate(AuditLogView.class);
        _get(TextField.class, spec -> spec.withId("audit-search")).setValue("T-AUDIT-1");

        Grid<AuditLogEntry> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 0).getAction()).isEqualTo("UPDATE");
        assertThat(_get(grid, 1).getAction()).isEqualTo("CREATE");
        assertThat(_getFormattedRow(grid, 0).get(0)).isEqualTo("2026-11-30 11:50");
        assertThat(_getFormattedRow(grid, 0)).contains("admin1", "修改", "组织单元", "T-AUDIT-1")
                .doesNotContain("UPDATE", "OrgUnit");
        assertThat(_getFormattedRow(grid, 1)).contains("新建", "组织单元");
    }

    @Test
    void actions_and_objects_are_named_in_english_too_and_unknown_codes_stay_readable() {
        login("admin1", Locale.ENGLISH);
        var token = tokens.create("audit-names-token", List.of(ApiScopes.ORG_WRITE));
        tokens.revoke(token.token().id());
        UI.getCurrent().navigate(AuditLogView.class);
        _get(TextField.class, spec -> spec.withId("audit-search")).setValue("audit-names-token");

        Grid<AuditLogEntry> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("Revoked", "API token", "audit-names-token")
                .doesNotContain("REVOKE", "ApiToken");
        assertThat(_getFormattedRow(grid, 1)).contains("Created", "API token");
    }

    @Test
    void a_selected_entry_shows_its_state_before_and_after() {
        login("admin1");
        renameTwice("T-AUDIT-2");
        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(_find(Pre.class, spec -> spec.withId("audit-after"))).isEmpty();
        _get(TextField.class, spec -> spec.withId("audit-search")).setValue("T-AUDIT-2");

        Grid<AuditLogEntry> grid = grid();
        grid.select(_get(grid, 0));

        assertThat(_get(Pre.class, spec -> spec.withId("audit-before")).getText()).contains("\"审计测试班\"");
        assertThat(_get(Pre.class, spec -> spec.withId("audit-after")).getText())
                .contains("\"审计测试班（改名）\"").contains("\n");
        grid.select(_get(grid, 1));
        assertThat(_get(Pre.class, spec -> spec.withId("audit-before")).getText()).isEqualTo("—");
    }

    @Test
    void hr_is_refused_the_audit_log() {
        login("hr1");
        assertShowsNotFound(() -> UI.getCurrent().navigate(AuditLogView.class));
        assertThat(_find(AuditLogView.class)).isEmpty();
    }
}
