package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The hr home. */
@SpringComponent
@Scope("prototype")
class HrHome extends VerticalLayout {

    HrHome() {
        addClassName("hr-home");
        setPadding(false);
    }
}
