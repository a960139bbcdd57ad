package com.touchpoint.staff.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The organisation tree (region > branch > team); admins and HR add and change units here. */
@Route(value = "admin/org-units", layout = MainLayout.class)
@Menu(title = "nav.org-units", order = 50, icon = "vaadin:sitemap")
@RolesAllowed({Roles.ADMIN, Roles.HR})
class OrgUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final OrgStructure org;
    private final TreeGrid<OrgUnitDetails> grid = new TreeGrid<>();

    OrgUnitsView(OrgStructure org) {
        this.org = org;
        setSizeFull();
        addClassName("org-units-view");
        var editor = new OrgUnitEditor(org, this::refresh);
        var create = new Button(getTranslation("org.new"), VaadinIcon.PLUS.create(), e -> editor.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("org-new");
        configureGrid();
        grid.addItemClickListener(e -> editor.edit(e.getItem()));
        add(create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("org-grid");
        ComponentTexts.emptyState(grid, "org.empty");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addHierarchyColumn(OrgUnitDetails::code).setHeader(getTranslation("org.code"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(OrgUnitDetails::name).setHeader(getTranslation("org.name")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("org.kind." + u.kind().name())).setHeader(getTranslation("org.kind"))
                .setAutoWidth(true).setFlexGrow(0);
    }

    private void refresh() {
        List<OrgUnitDetails> units = org.allUnits().stream()
                .sorted(Comparator.comparing(OrgUnitDetails::code)).toList();
        Map<String, List<OrgUnitDetails>> children = units.stream().filter(u -> u.parentCode() != null)
                .collect(Collectors.groupingBy(OrgUnitDetails::parentCode));
        List<OrgUnitDetails> roots = units.stream().filter(u -> u.parentCode() == null).toList();
        grid.setItems(roots, u -> children.getOrDefault(u.code(), List.of()));
        grid.expandRecursively(roots, 2);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.org-units") + " | " + getTranslation("app.name");
    }
}
