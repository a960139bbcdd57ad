package com.touchpoint.incentive.ui;

import com.touchpoint.incentive.IncentiveStatements;
import com.touchpoint.incentive.Statement;
import com.touchpoint.incentive.StatementEvidence;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.shared.Roles;
import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * My incentive (我的绩效奖金), made for a phone: the statements of locked months with the evidence behind each
 * figure, and a clearly labelled live estimate of the current month.
 */
@Route(value = "my-incentive", layout = MainLayout.class)
@Menu(title = "nav.my-incentive", order = 8, icon = "vaadin:wallet")
@RolesAllowed(Roles.STAFF)
class MyIncentiveView extends VerticalLayout implements HasDynamicTitle {

    private final IncentiveStatements statements;
    private final VerticalLayout shown = new VerticalLayout();

    MyIncentiveView(IncentiveStatements statements) {
        this.statements = statements;
        addClassName("my-incentive-view");
        setPadding(true);
        shown.setPadding(false);
        List<Statement> mine = statements.mine();
        Select<Object> choice = new Select<>();
        choice.setId("my-incentive-month");
        choice.setLabel(getTranslation("incentive.mine.month"));
        List<Object> items = new java.util.ArrayList<>();
        items.add(getTranslation("incentive.mine.estimate-choice"));
        items.addAll(mine);
        choice.setItems(items);
        choice.setItemLabelGenerator(o -> o instanceof Statement s ? MonthSelect.label(s.month()) : (String) o);
        choice.addValueChangeListener(e -> show(e.getValue()));
        choice.setWidthFull();
        add(new H2(getTranslation("nav.my-incentive")), choice, shown);
        choice.setValue(mine.isEmpty() ? items.get(0) : mine.get(0));
    }

    private void show(Object choice) {
        shown.removeAll();
        try {
            StatementEvidence evidence = choice instanceof Statement s ? statements.evidence(s.id()) : statements.estimate();
            shown.add(new EvidencePanel(evidence));
        } catch (TouchpointException e) {
            shown.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-incentive") + " | " + getTranslation("app.name");
    }
}
