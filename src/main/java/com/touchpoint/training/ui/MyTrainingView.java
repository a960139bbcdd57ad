package com.touchpoint.training.ui;

import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AssignmentStatus;
import com.touchpoint.training.Recommendation;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingAttempts;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.TrainingModule;
import com.touchpoint.training.TrainingRecommendations;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** My training (我的培训): assigned to me, recommended for me, every module, and my history. */
@Route(value = "training", layout = MainLayout.class)
@Menu(title = "nav.training", order = 7, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.STAFF)
class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    MyTrainingView(CurrentUser user, StaffDirectory directory, TrainingCatalog catalog, TrainingAssignments assignments,
                   TrainingRecommendations recommendations, TrainingAttempts attempts, OperatorTime operatorTime) {
        addClassName("my-training-view");
        Long staffId = user.staffId().orElse(null);
        if (staffId == null) {
            add(new Paragraph(getTranslation("training.no-staff-record")));
            return;
        }
        String post = directory.ref(staffId).map(StaffRef::postCode).orElse("");
        add(section("assigned", getTranslation("training.assigned"), assigned(assignments.mine(), catalog)));
        add(section("recommended", getTranslation("training.recommended"), recommended(recommendations.forStaff(staffId))));
        add(section("modules", getTranslation("training.all-modules"), all(catalog.modules(), post)));
        var history = new AttemptGrid("history-grid", operatorTime.zone(), null);
        history.show(attempts.history(staffId));
        add(section("history", getTranslation("training.history"), List.of(history)));
    }

    private Div section(String id, String title, List<? extends com.vaadin.flow.component.Component> content) {
        var section = new Div(new H3(title));
        section.setId("training-" + id);
        section.addClassName("training-section");
        var cards = new Div();
        cards.addClassName("module-cards");
        if (content.isEmpty()) {
            cards.add(new Paragraph(getTranslation("training.section-empty")));
        }
        content.forEach(cards::add);
        section.add(cards);
        return section;
    }

    private List<ModuleCard> assigned(List<Assignment> mine, TrainingCatalog catalog) {
        return mine.stream().filter(a -> !a.status().done())
                .sorted(Comparator.comparing(Assignment::dueDate))
                .flatMap(a -> catalog.find(a.moduleId()).stream().map(module -> new ModuleCard(module, due(a))))
                .toList();
    }

    private Span due(Assignment a) {
        var due = new Span(getTranslation("training.due", Formats.date(a.dueDate())) + " · " + getTranslation(a.status().messageKey()));
        due.addClassName("assignment-due");
        due.getElement().getThemeList().add(a.status() == AssignmentStatus.OVERDUE ? "badge error" : "badge");
        return due;
    }

    private List<ModuleCard> recommended(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> {
            var reason = new Paragraph(getTranslation("training.recommendation.reason",
                    getLocale().getLanguage().equals("en") ? r.itemNameEn() : r.itemNameZh(),
                    round(r.gap()), round(r.mean()), round(r.target())));
            reason.addClassName("recommendation-reason");
            return new ModuleCard(r.module(), reason);
        }).toList();
    }

    private List<ModuleCard> all(List<TrainingModule> modules, String post) {
        return modules.stream()
                .sorted(Comparator.comparing((TrainingModule m) -> !m.suits(post)).thenComparing(TrainingModule::id))
                .map(ModuleCard::new)
                .toList();
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
