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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** My training (我的培训): assigned to me, recommended for me, every module, and my history. */
@Route(value = "training", layout = MainLayout.class)
@Menu(title = "nav.training", order = 7, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.STAFF)
class MyTrainingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private Div recommendedSection;

    MyTrainingView(CurrentUser user, StaffDirectory directory, TrainingCatalog catalog, TrainingAssignments assignments,
                   TrainingRecommendations recommendations, TrainingAttempts attempts, OperatorTime operatorTime) {
        addClassName("my-training-view");
        Long staffId = user.staffId().orElse(null);
        if (staffId == null) {
            add(new Paragraph(getTranslation("training.no-staff-record")));
            return;
        }
        String post = directory.ref(staffId).map(StaffRef::postCode).orElse("");
        List<Assignment> mine = assignments.mine();
        Set<String> open = mine.stream().filter(a -> !a.status().done()).map(Assignment::moduleId).collect(Collectors.toSet());
        add(section("assigned", getTranslation("training.assigned"), assigned(mine, catalog)));
        recommendedSection = section("recommended", getTranslation("training.recommended"), recommended(
                recommendations.forStaff(staffId).stream().filter(r -> !open.contains(r.module().id())).toList()));
        add(recommendedSection);
        add(allModules(catalog.modules(), post));
        var history = new AttemptGrid("history-grid", operatorTime.zone(), null);
        history.show(attempts.history(staffId));
        add(section("history", getTranslation("training.history"), List.of(history)));
    }

    private Div section(String id, String title, List<? extends Component> content) {
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
                .flatMap(a -> catalog.find(a.moduleId()).stream().map(module -> new ModuleCard(module, due(a),
                        AssignmentBadges.attemptedNotPassed(a))))
                .toList();
    }

    private Span due(Assignment a) {
        var due = new Span(getTranslation("training.due", Formats.date(a.dueDate())) + " · " + getTranslation(a.status().messageKey()));
        due.addClassName("assignment-due");
        due.getElement().getThemeList().add(a.status() == AssignmentStatus.OVERDUE ? "badge error" : "badge");
        return due;
    }

    /** The reason names every weak item the module trains, and the period the figures come from. */
    private List<ModuleCard> recommended(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> {
            String items = r.shortfalls().stream().map(s -> getTranslation("training.recommendation.item",
                    s.name(getLocale()), round(s.gap()), round(s.mean()), round(s.target())))
                    .collect(Collectors.joining(getTranslation("training.recommendation.separator")));
            var reason = new Paragraph(getTranslation("training.recommendation.reason",
                    TrainingRecommendations.WINDOW_DAYS, items));
            reason.addClassName("recommendation-reason");
            var card = new ModuleCard(r.module(), reason);
            card.getElement().setAttribute("data-trains", String.join(" ", r.module().trains()));
            return card;
        }).toList();
    }

    /** Every module, collapsed so that a phone shows what is assigned and recommended first. */
    private Details allModules(List<TrainingModule> modules, String post) {
        var cards = new Div();
        cards.addClassName("module-cards");
        modules.stream()
                .sorted(Comparator.comparing((TrainingModule m) -> !m.suits(post)).thenComparing(TrainingModule::id))
                .map(ModuleCard::new)
                .forEach(cards::add);
        var details = new Details(new H3(getTranslation("training.all-modules.count", modules.size())), cards);
        details.setId("training-modules");
        details.addClassName("training-section");
        details.setOpened(false);
        return details;
    }

    /** Opened from a weak item on My scores ({@code ?item=ATTITUDE}): the modules training it come first. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("item").ifPresent(item -> {
            if (recommendedSection == null) {
                return;
            }
            cards(recommendedSection).stream()
                    .filter(card -> !List.of(card.getElement().getAttribute("data-trains").split(" ")).contains(item))
                    .forEach(card -> card.getParent().ifPresent(parent -> ((Div) parent).add(card)));
        });
    }

    private static List<ModuleCard> cards(Div section) {
        return section.getChildren().filter(c -> c.hasClassName("module-cards")).findFirst().stream()
                .flatMap(Component::getChildren).filter(ModuleCard.class::isInstance).map(ModuleCard.class::cast).toList();
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
