package com.touchpoint.audit.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.audit.AuditLog;
import com.touchpoint.audit.AuditLogEntry;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Pages;
import com.touchpoint.shared.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

import java.time.ZoneId;

/** Who changed what and when, newest first; a selected entry shows its state before and after the change. */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 80, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditLog audit;
    private final ZoneId zone;
    private final Grid<AuditLogEntry> grid = new Grid<>(AuditLogEntry.class, false);
    private final TextField search = new TextField();
    private final AuditEntryDetails details = new AuditEntryDetails();

    AuditLogView(AuditLog audit, OperatorTime operatorTime) {
        this.audit = audit;
        this.zone = operatorTime.zone();
        setSizeFull();
        addClassName("audit-log-view");
        search.setPlaceholder(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("audit-search");
        search.addValueChangeListener(e -> {
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        });
        configureGrid();
        add(search, grid, details);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        ComponentTexts.emptyState(grid, "audit.empty");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), zone))
                .setHeader(getTranslation("audit.occurred-at")).setSortProperty("occurredAt").setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(AuditLogEntry::getActor).setHeader(getTranslation("audit.actor")).setSortProperty("actor")
                .setAutoWidth(true);
        grid.addColumn(e -> named("audit.action.", e.getAction())).setHeader(getTranslation("audit.action")).setSortProperty("action")
                .setAutoWidth(true);
        grid.addColumn(e -> named("audit.entity.", e.getEntityType())).setHeader(getTranslation("audit.entity-type"))
                .setSortProperty("entityType").setAutoWidth(true);
        grid.addColumn(AuditLogEntry::getEntityKey).setHeader(getTranslation("audit.entity-key"))
                .setSortProperty("entityKey").setAutoWidth(true);
        grid.setItems(query -> audit.search(search.getValue(), Pages.of(query, NEWEST_FIRST)).stream(),
                        query -> (int) audit.count(search.getValue()))
                // Entries are reloaded page by page, so the selection must be kept by id, not by instance.
                .setIdentifierProvider(AuditLogEntry::getId);
        grid.asSingleSelect().addValueChangeListener(e -> details.show(e.getValue()));
    }

    /** The name of a recorded code in the UI language; a code without one (from a newer feature) as it is. */
    private String named(String prefix, String code) {
        String name = getTranslation(prefix + code);
        return name.startsWith("!") ? code : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
