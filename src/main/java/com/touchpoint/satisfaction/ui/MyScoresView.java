package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.CurrentUser;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** My scores (我的得分): a frontline staff member's own indicators, made for a phone. */
@Route(value = "my-scores", layout = MainLayout.class)
@Menu(title = "nav.my-scores", order = 5, icon = "vaadin:chart")
@RolesAllowed(Roles.STAFF)
class MyScoresView extends VerticalLayout implements HasDynamicTitle {

    MyScoresView(CurrentUser user, IndicatorService indicators, CallbackQueries callbacks,
                 OperatorTime operatorTime) {
        addClassName("my-scores-view");
        user.staffId().ifPresentOrElse(
                staffId -> add(new StaffScoresPanel(indicators, callbacks, staffId, operatorTime, null, true)),
                () -> add(new Paragraph(getTranslation("scores.no-staff-record"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-scores") + " | " + getTranslation("app.name");
    }
}
