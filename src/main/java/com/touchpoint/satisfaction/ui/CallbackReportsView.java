package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.BackgroundWork;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.CallbackReportSummary;
import com.touchpoint.satisfaction.CallbackReports;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Callback reports (回访报告): generate one for a unit and month, and download the kept ones. */
@Route(value = "reports", layout = MainLayout.class)
@Menu(title = "nav.callback-reports", order = 21, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.QUALITY, Roles.SUPERVISOR, Roles.ADMIN})
class CallbackReportsView extends VerticalLayout implements HasDynamicTitle {

    private final CallbackReports reports;
    private final BackgroundWork background;
    private final ComboBox<OrgUnitDetails> unit = new ComboBox<>();
    private final MonthSelect month;
    private final ZoneId zone;
    private final Button generate = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<CallbackReportSummary> grid = new Grid<>();

    CallbackReportsView(CallbackReports reports, BackgroundWork background, OrgStructure org, AccessPolicy access,
                        OperatorTime operatorTime) {
        this.reports = reports;
        this.background = background;
        this.zone = operatorTime.zone();
        addClassName("callback-reports-view");
        var scope = access.staffScope();
        List<OrgUnitDetails> units = org.allUnits().stream().filter(u -> scope.seesUnit(u.id())).toList();
        unit.setId("report-unit");
        unit.setLabel(getTranslation("report.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name() + " (" + getTranslation(u.kind().messageKey()) + ")");
        if (!units.isEmpty()) {
            unit.setValue(units.get(0));
        }
        month = new MonthSelect("report-month", operatorTime, 1);
        generate.setText(getTranslation("report.generate"));
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        var bar = new FlexLayout(unit, month, generate);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        configureGrid();
        add(new H2(getTranslation("nav.callback-reports")), new Paragraph(getTranslation("report.help")), bar, progress, grid);
        refresh();
    }

    private void generate() {
        if (unit.getValue() == null || month.getValue() == null) {
            return;
        }
        long unitId = unit.getValue().id();
        YearMonth selected = month.getValue();
        var locale = getLocale();
        generate.setEnabled(false);
        progress.setVisible(true);
        background.run(() -> reports.generate(unitId, selected, locale), report -> {
            generate.setEnabled(true);
            progress.setVisible(false);
            Notifications.success(getTranslation("report.generated", report.unitName()));
            refresh();
        }, e -> {
            generate.setEnabled(true);
            progress.setVisible(false);
            Notifications.refused(e);
        });
    }

    private void configureGrid() {
        grid.setId("report-grid");
        ComponentTexts.emptyState(grid, "report.empty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CallbackReportSummary::unitName).setHeader(getTranslation("report.unit")).setAutoWidth(true);
        grid.addColumn(r -> Formats.month(r.month()))
                .setHeader(getTranslation("scores.month")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("layout.language." + r.language())).setHeader(getTranslation("layout.language"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.generatedAt(), zone)).setHeader(getTranslation("report.generated-at"))
                .setAutoWidth(true);
        grid.addColumn(CallbackReportSummary::generatedBy).setHeader(getTranslation("report.generated-by")).setAutoWidth(true);
        grid.addComponentColumn(this::download).setKey("download").setHeader(getTranslation("report.download"))
                .setAutoWidth(true);
    }

    private Component download(CallbackReportSummary report) {
        var link = new Anchor(new StreamResource(fileName(report),
                () -> new ByteArrayInputStream(reports.download(report.id()))), getTranslation("report.download"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** The download name in the UI's language, e.g. 回访报告-西城营业厅一班-2026年10月.docx. */
    private String fileName(CallbackReportSummary report) {
        String unit = report.unitName().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return getTranslation("report.file-name", unit, report.unitCode(), report.month().getYear(),
                report.month().getMonthValue(), report.month().toString());
    }

    private void refresh() {
        grid.setItems(reports.list(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.callback-reports") + " | " + getTranslation("app.name");
    }
}
