package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Uploads;
import com.touchpoint.satisfaction.ExternalSurveys;
import com.touchpoint.satisfaction.Questionnaires;
import com.touchpoint.satisfaction.SatisfactionTargets;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.OrgStructure;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Questionnaires and targets for the quality team: the versions and their items beside the weakest
 * items of the external survey, the per-post targets, and the external survey scores.
 */
@Route(value = "quality/questionnaire", layout = MainLayout.class)
@Menu(title = "nav.questionnaire", order = 22, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.QUALITY, Roles.ADMIN})
class QuestionnaireView extends VerticalLayout implements HasDynamicTitle {

    QuestionnaireView(Questionnaires questionnaires, SatisfactionTargets targets, ExternalSurveys external,
                      OrgStructure org, Uploads uploads) {
        addClassName("questionnaire-view");
        var versions = new QuestionnaireVersionsForm(questionnaires, external);
        add(new H2(getTranslation("nav.questionnaire")), new Paragraph(getTranslation("questionnaire.help")),
                new H3(getTranslation("questionnaire.versions")), versions,
                new H3(getTranslation("questionnaire.targets")), new SatisfactionTargetsForm(targets, questionnaires, org),
                new H3(getTranslation("questionnaire.external")),
                new ExternalSurveyForm(questionnaires, external, org, uploads, versions::refresh));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.questionnaire") + " | " + getTranslation("app.name");
    }
}
