package com.touchpoint.dashboard;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.satisfaction.CallbackFileImport;
import com.touchpoint.satisfaction.CallbackImportSummary;
import com.touchpoint.staff.UserAccounts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The administrator's home: how many accounts there are, the latest audit entries and the latest callback imports. */
@Service
public class AdminOverview {

    static final int AUDIT_SHOWN = 5;
    static final int IMPORTS_SHOWN = 3;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final CallbackFileImport imports;

    AdminOverview(UserAccounts accounts, AuditLog audit, CallbackFileImport imports) {
        this.accounts = accounts;
        this.audit = audit;
        this.imports = imports;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public AdminFigures figures() {
        return new AdminFigures(accounts.count(""), audit.search("", PageRequest.of(0, AUDIT_SHOWN, NEWEST_FIRST)),
                imports.history(IMPORTS_SHOWN));
    }

    public record AdminFigures(long accounts, List<AuditLogEntry> audit, List<CallbackImportSummary> imports) {
    }
}
