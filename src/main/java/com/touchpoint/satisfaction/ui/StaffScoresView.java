package com.touchpoint.satisfaction.ui;

import com.touchpoint.layout.MainLayout;
import com.touchpoint.satisfaction.CallbackQueries;
import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.Role;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;


/** One team member's scores, opened from Team scores; the service refuses staff outside the viewer's teams. */
@Route(value = "scores", layout = MainLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class StaffScoresView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final IndicatorService indicators;
    private final CallbackQueries callbacks;
    private final OperatorTime operatorTime;
    private final AccessPolicy access;
    private final CustomerPraise praise;

    StaffScoresView(IndicatorService indicators, CallbackQueries callbacks, OperatorTime operatorTime,
                    AccessPolicy access, CustomerPraise praise, CurrentUser user) {
        this.access = access;
        this.praise = user.hasAnyRole(Role.QUALITY, Role.ADMIN) ? praise : null;
        this.indicators = indicators;
        this.callbacks = callbacks;
        this.operatorTime = operatorTime;
        addClassName("staff-scores-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long staffId) {
        removeAll();
        if (staffId == null || !access.canSeeStaff(staffId)) {
            // the same answer as for an unknown page, so the URL reveals nothing about other teams
            event.rerouteToError(NotFoundException.class);
            return;
        }
        add(new StaffScoresPanel(indicators, callbacks, staffId, operatorTime, praise, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff-scores") + " | " + getTranslation("app.name");
    }
}
