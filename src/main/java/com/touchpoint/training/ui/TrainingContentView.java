package com.touchpoint.training.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.training.ContentProblem;
import com.touchpoint.training.ContentStatus;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training content (培训内容) for admins: where the modules come from (built in or a folder), what loaded, which
 * files were refused and why, and a reload button.
 */
@Route(value = "training-content", layout = MainLayout.class)
@Menu(title = "nav.training-content", order = 55, icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN)
class TrainingContentView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingCatalog catalog;
    private final ZoneId zone;
    private final Map<String, ItemDefinition> items;
    private final Paragraph summary = new Paragraph();
    private final Grid<ContentProblem> problems = new Grid<>();
    private final Grid<TrainingModule> modules = new Grid<>();

    TrainingContentView(TrainingCatalog catalog, OperatorTime operatorTime, IndicatorService indicators) {
        this.catalog = catalog;
        this.items = indicators.items().stream().collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        this.zone = operatorTime.zone();
        addClassName("training-content-view");
        var reload = new Button(getTranslation("training.content.reload"), e -> reload());
        reload.setId("reload-content");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        summary.setId("content-summary");
        configureProblems();
        configureModules();
        add(reload, summary, new H3(getTranslation("training.content.problems")), problems,
                new H3(getTranslation("training.content.modules")), modules);
        show(catalog.status());
    }

    private void configureProblems() {
        problems.setId("content-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.addColumn(ContentProblem::file).setHeader(getTranslation("training.content.file")).setAutoWidth(true);
        problems.addColumn(ContentProblem::line).setHeader(getTranslation("training.content.line")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray()))
                .setHeader(getTranslation("training.content.reason")).setFlexGrow(1);
    }

    private void configureModules() {
        modules.setId("content-modules");
        ComponentTexts.emptyState(modules, "training.content.modules.empty");
        modules.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        modules.setAllRowsVisible(true);
        modules.addColumn(TrainingModule::id).setHeader(getTranslation("training.content.id")).setAutoWidth(true);
        modules.addColumn(TrainingModule::version).setHeader(getTranslation("training.content.version")).setAutoWidth(true);
        modules.addColumn(m -> m.title().in(getLocale())).setHeader(getTranslation("training.history.module")).setFlexGrow(1);
        modules.addColumn(TrainingModule::decisionCount).setHeader(getTranslation("training.content.decisions")).setAutoWidth(true);
        modules.addColumn(TrainingModule::endingCount).setHeader(getTranslation("training.content.endings")).setAutoWidth(true);
        modules.addColumn(this::trainedItems).setHeader(getTranslation("training.content.trains")).setAutoWidth(true);
        modules.addColumn(TrainingModule::fileName).setHeader(getTranslation("training.content.file")).setAutoWidth(true);
        modules.addColumn(m -> m.contentHash().substring(0, 12)).setHeader(getTranslation("training.content.hash")).setAutoWidth(true);
    }

    /** The questionnaire items a module trains, by name; a code the questionnaire no longer has as it is. */
    private String trainedItems(TrainingModule module) {
        return module.trains().stream()
                .map(code -> items.containsKey(code) ? items.get(code).name(getLocale()) : code)
                .collect(Collectors.joining(getTranslation("common.list-separator")));
    }

    private void reload() {
        ContentStatus status = catalog.reload();
        show(status);
        Notifications.success(getTranslation("training.content.reloaded", status.modules().size(), status.problems().size()));
    }

    private void show(ContentStatus status) {
        String source = getTranslation("training.content.source." + status.source().name(), status.location());
        summary.setText(getTranslation("training.content.summary", source, status.filesRead(),
                status.modules().size(), status.problems().size(), TrainingTimes.format(status.loadedAt(), zone)));
        problems.setItems(status.problems());
        problems.setVisible(!status.problems().isEmpty());
        modules.setItems(status.modules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training-content") + " | " + getTranslation("app.name");
    }
}
