package com.touchpoint.dashboard.ui;

import com.touchpoint.dashboard.ui.HomeParts.PageLink;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.dashboard.AdminOverview;
import com.touchpoint.dashboard.AdminOverview.AdminFigures;
import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.time.ZoneId;
import java.util.List;

/**
 * The administrator's home: the number of accounts, the latest audit entries and callback imports, and the
 * administration pages. HomeView also shows it to a user without any other home; they get only the profile.
 */
@SpringComponent
@Scope("prototype")
class AdminHome extends VerticalLayout {

    private final ZoneId zone;

    AdminHome(AdminOverview overview, CurrentUser user, OperatorTime time) {
        addClassName("admin-home");
        setPadding(false);
        this.zone = time.zone();
        if (!user.hasRole(Role.ADMIN)) {
            return;
        }
        AdminFigures figures = overview.figures();
        var accounts = new Span(getTranslation("home.admin.accounts", figures.accounts()));
        accounts.setId("admin-accounts");
        add(section("admin-accounts-card", "home.admin.system", accounts, links()),
                section("admin-audit-card", "home.admin.audit", audit(figures.audit())),
                section("admin-imports-card", "home.admin.imports", new ImportsGrid("admin-imports", figures.imports(), zone)));
    }

    private Grid<AuditLogEntry> audit(List<AuditLogEntry> entries) {
        var grid = new Grid<AuditLogEntry>();
        grid.setId("admin-audit");
        ComponentTexts.emptyState(grid, "audit.empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), zone)).setHeader(getTranslation("audit.occurred-at"))
                .setAutoWidth(true);
        grid.addColumn(AuditLogEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> named("audit.action.", e.getAction())).setKey("action")
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditLogEntry::getEntityKey).setHeader(getTranslation("audit.entity-key")).setAutoWidth(true);
        grid.setItems(entries);
        return grid;
    }

    /** The name of a recorded code in the UI language, or the code itself where a newer feature has no name for it. */
    private String named(String prefix, String code) {
        String name = getTranslation(prefix + code);
        return name.startsWith("!") ? code : name;
    }

    private Component links() {
        return HomeParts.links(this, new PageLink("admin-link-users", "admin/users", "nav.users"),
                new PageLink("admin-link-audit", "admin/audit", "nav.audit"),
                new PageLink("admin-link-tokens", "admin/api-tokens", "nav.api-tokens"),
                new PageLink("admin-link-org", "admin/org-units", "nav.org-units"),
                new PageLink("admin-link-training", "training-content", "nav.training-content"));
    }

    private Div section(String id, String titleKey, Component... content) {
        Div section = HomeParts.section(this, id, titleKey, content);
        section.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return section;
    }
}
