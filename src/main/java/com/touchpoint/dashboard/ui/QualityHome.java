package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The quality home. */
@SpringComponent
@Scope("prototype")
class QualityHome extends VerticalLayout {

    QualityHome() {
        addClassName("quality-home");
        setPadding(false);
    }
}
