package com.touchpoint.dashboard;

import com.touchpoint.TouchpointTest;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.dashboard.AdminOverview.AdminFigures;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TouchpointTest
class AdminOverviewTests {

    @Autowired
    AdminOverview overview;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    CallbackFileImport imports;

    @Test
    void accounts_audit_entries_and_imports_are_those_of_their_services() {
        AdminFigures figures = TestAccess.asAdmin(overview::figures);
        assertThat(figures.accounts()).isEqualTo(TestAccess.asAdmin(() -> accounts.count(""))).isPositive();
        assertThat(figures.audit()).extracting(AuditLogEntry::getId).containsExactlyElementsOf(TestAccess.asAdmin(
                () -> audit.search("", PageRequest.of(0, AdminOverview.AUDIT_SHOWN,
                        Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))).stream()
                .map(AuditLogEntry::getId).toList()).isNotEmpty();
        assertThat(figures.imports()).isEqualTo(TestAccess.asAdmin(() -> imports.history(AdminOverview.IMPORTS_SHOWN)));
    }

    @Test
    void hr_and_quality_are_refused_the_admin_overview() {
        assertThatThrownBy(() -> TestAccess.as("hr1", overview::figures, "ROLE_HR"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccess.as("quality1", overview::figures, "ROLE_QUALITY"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
