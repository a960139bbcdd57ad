package com.touchpoint.training.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Roles;
import com.touchpoint.training.Reply;
import com.touchpoint.training.ScenarioRun;
import com.touchpoint.training.Step;
import com.touchpoint.training.TrainingAttempts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The scenario player: a chat with a simulated customer whose mood shows and changes; the staff member picks
 * one of the replies, sees feedback at once, and gets a debrief at the ending. Made for a phone.
 */
@Route(value = "training/play/:moduleId", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
class ScenarioPlayerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingAttempts attempts;
    private final Div chat = new Div();
    private final Div replies = new Div();
    private final Span progress = new Span();
    private ScenarioRun run;

    ScenarioPlayerView(TrainingAttempts attempts) {
        this.attempts = attempts;
        addClassName("scenario-player");
        chat.addClassName("chat");
        chat.setId("chat");
        replies.addClassName("replies");
        replies.setId("replies");
        progress.setId("player-progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        try {
            run = attempts.start(moduleId);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        var title = new H2(run.module().title().in(getLocale()));
        title.setId("player-title");
        var summary = new Paragraph(run.module().summary().in(getLocale()));
        summary.addClassName("player-summary");
        add(title, summary, progress, chat, replies);
        showCustomer(run.currentStep(), null);
        showReplies();
    }

    private void showCustomer(Step step, com.touchpoint.training.Mood moodAfterReply) {
        var mood = step.mood() != null ? step.mood() : moodAfterReply;
        if (step.customer() == null) {
            return;
        }
        var bubble = new Div(new Span(step.customer().in(getLocale())));
        bubble.addClassName("bubble");
        bubble.addClassName("customer");
        if (mood != null) {
            bubble.addComponentAsFirst(new MoodBadge(mood));
        }
        chat.add(bubble);
    }

    private void showReplies() {
        replies.removeAll();
        progress.setText(getTranslation("training.player.decision", run.path().size() + 1));
        Step step = run.currentStep();
        for (int i = 0; i < step.replies().size(); i++) {
            int index = i;
            var button = new Button(step.replies().get(i).text().in(getLocale()), e -> choose(index));
            button.addClassName("reply-choice");
            button.setId("reply-" + i);
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            replies.add(button);
        }
    }

    private void choose(int index) {
        ScenarioRun.ReplyOutcome outcome = run.choose(index);
        Reply reply = outcome.reply();
        var said = new Div(new Span(reply.text().in(getLocale())));
        said.addClassName("bubble");
        said.addClassName("staff");
        var feedback = new Div(new Span(reply.feedback().in(getLocale())), new MoodBadge(reply.mood()));
        feedback.addClassName("feedback");
        feedback.addClassName(outcome.bestReply() ? "feedback-good" : "feedback-weak");
        chat.add(said, feedback);
        showCustomer(outcome.next(), reply.mood());
        if (run.ended()) {
            finish();
        } else {
            showReplies();
        }
        feedback.scrollIntoView();
    }

    private void finish() {
        replies.removeAll();
        progress.setText(getTranslation("training.player.ended"));
        var debrief = new DebriefPanel(attempts.finish(run));
        var again = new Button(getTranslation("training.player.again"),
                e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        again.setId("play-again");
        var back = new Button(getTranslation("training.player.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyTrainingView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setId("back-to-training");
        add(debrief, new HorizontalLayout(back, again));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
