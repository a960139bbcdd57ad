package com.touchpoint.incentive.ui;

import com.touchpoint.incentive.IncentiveRuns;
import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.IncentiveWorkflow;
import com.touchpoint.incentive.MonthState;
import com.touchpoint.incentive.MonthStatus;
import com.touchpoint.incentive.RunState;
import com.touchpoint.incentive.RunStatus;
import com.touchpoint.incentive.Statement;
import com.touchpoint.layout.BackgroundWork;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.Notifications;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Incentives (绩效激励) for HR: run a month with progress, review, approve, lock, adjust, and export the sheet. */
@Route(value = "incentives", layout = MainLayout.class)
@Menu(title = "nav.incentives", order = 40, icon = "vaadin:money")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class IncentivesView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final IncentiveRuns runs;
    private final IncentiveWorkflow workflow;
    private final IncentiveStatements statements;
    private final IncentiveSheets sheets;
    private final BackgroundWork background;
    private final boolean hr;
    private final MonthSelect month;
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Button run = button("incentive-run", "incentive.action.run");
    private final Button review = button("incentive-review", "incentive.action.review");
    private final Button approve = button("incentive-approve", "incentive.action.approve");
    private final Button lock = button("incentive-lock", "incentive.action.lock");
    private final Button reopen = button("incentive-reopen", "incentive.action.reopen");
    private final Button export = button("incentive-export", "incentive.action.export");
    private final Anchor download = new Anchor();
    private final Grid<Statement> grid = new StatementGrid();
    private RunState following;
    private Registration stopFollowing;

    IncentivesView(IncentiveRuns runs, IncentiveWorkflow workflow, IncentiveStatements statements,
                   IncentiveSheets sheets, BackgroundWork background, CurrentUser user, OperatorTime time) {
        this.runs = runs;
        this.workflow = workflow;
        this.statements = statements;
        this.sheets = sheets;
        this.background = background;
        this.hr = user.hasRole(Role.HR);
        addClassName("incentives-view");
        month = new MonthSelect("incentive-month", time, 1);
        month.addValueChangeListener(e -> refresh());
        status.setId("incentive-status");
        progress.setId("incentive-progress");
        progress.setVisible(false);
        download.setId("incentive-download");
        download.setText(getTranslation("incentive.action.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> calculate());
        review.addClickListener(e -> step(() -> workflow.review(month.getValue())));
        approve.addClickListener(e -> step(() -> workflow.approve(month.getValue())));
        lock.addClickListener(e -> step(() -> workflow.lock(month.getValue())));
        reopen.addClickListener(e -> new ReasonDialog(reason -> step(() -> workflow.reopen(month.getValue(), reason))).open());
        export.addClickListener(e -> exportSheet());
        grid.addItemClickListener(e -> {
            if (hr) {
                new AdjustDialog(e.getItem(), workflow, this::refresh).open();
            }
        });
        var actions = new FlexLayout(month, run, review, approve, lock, reopen, export, download);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.END);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("nav.incentives")), actions, status, progress, grid);
        setSizeFull();
        addDetachListener(e -> stopFollowing());
        refresh();
    }

    private Button button(String id, String key) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        return button;
    }

    private void refresh() {
        YearMonth selected = month.getValue();
        Optional<MonthState> state = statements.month(selected);
        status.setText(state.map(s -> getTranslation("incentive.status.line", MonthSelect.label(selected),
                        getTranslation(s.status().messageKey())))
                .orElse(getTranslation("incentive.status.none", MonthSelect.label(selected))));
        var current = state.map(MonthState::status).orElse(null);
        run.setEnabled(hr && (current == null || current == MonthStatus.DRAFT));
        review.setEnabled(hr && current == MonthStatus.DRAFT);
        approve.setEnabled(hr && current == MonthStatus.REVIEWED);
        lock.setEnabled(hr && current == MonthStatus.APPROVED);
        reopen.setVisible(!hr);
        reopen.setEnabled(current == MonthStatus.LOCKED);
        export.setEnabled(hr && state.isPresent());
        download.setVisible(false);
        grid.setItems(hr && state.isPresent() ? statements.ofMonth(selected) : List.of());
    }

    private void step(Supplier<MonthState> action) {
        try {
            MonthState after = action.get();
            Notifications.success(getTranslation("incentive.step.done", getTranslation(after.status().messageKey())));
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
        refresh();
    }

    /**
     * Starts the run and follows it by polling its row: the run is carried out by whichever node's job store picks
     * it up, and redone on another node if that one dies, so its progress is read from the database, not reported
     * by this node.
     */
    private void calculate() {
        YearMonth selected = month.getValue();
        RunState started;
        try {
            started = runs.start(selected);
        } catch (TouchpointException e) {
            Notifications.refused(e);
            refresh();
            return;
        }
        run.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        following = started;
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        stopFollowing = ui.addPollListener(e -> follow());
    }

    private void follow() {
        RunState now = runs.run(following.month(), following.id());
        if (now.status() == RunStatus.FAILED && now.retriedBy() != null) {
            now = runs.run(following.month(), now.retriedBy());
        }
        following = now;
        if (now.status() == RunStatus.RUNNING) {
            progress.setValue(now.total() == 0 ? 0 : (double) now.done() / now.total());
            return;
        }
        stopFollowing();
        progress.setVisible(false);
        if (now.status() == RunStatus.SUCCEEDED) {
            Notifications.success(getTranslation("incentive.run.done", now.statements()));
        } else {
            Notifications.error(getTranslation("incentive.run.failed", String.valueOf(now.detail())));
        }
        refresh();
    }

    private void stopFollowing() {
        if (stopFollowing != null) {
            stopFollowing.remove();
            stopFollowing = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void exportSheet() {
        YearMonth selected = month.getValue();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        background.run(() -> {
            IncentiveSheets.Prepared sheet = sheets.prepare(selected, getLocale());
            var bytes = new ByteArrayOutputStream();
            try {
                sheet.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Object[] {sheet.fileName(), bytes.toByteArray()};
        }, file -> {
            progress.setVisible(false);
            byte[] content = (byte[]) file[1];
            download.setHref(new StreamResource((String) file[0], () -> new ByteArrayInputStream(content)));
            download.setVisible(true);
        }, refused -> {
            progress.setVisible(false);
            Notifications.refused(refused);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentives") + " | " + getTranslation("app.name");
    }
}
