package com.touchpoint.incentive.ui;

import com.touchpoint.incentive.IncentiveSchemes;
import com.touchpoint.incentive.SchemeParameters;
import com.touchpoint.incentive.SchemeVersion;
import com.touchpoint.layout.FieldErrors;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.layout.Notifications;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Incentive schemes (激励方案): every version per post, and a new version effective from a month. */
@Route(value = "incentive-schemes", layout = MainLayout.class)
@Menu(title = "nav.incentive-schemes", order = 41, icon = "vaadin:sliders")
@RolesAllowed(Roles.HR)
class SchemesView extends VerticalLayout implements HasDynamicTitle {

    private final IncentiveSchemes schemes;
    private final Grid<SchemeVersion> grid = new Grid<>();
    private final Select<PostDetails> post = new Select<>();
    private final TextField from = new TextField();
    private final IntegerField minSample = new IntegerField();
    private final Map<String, BigDecimalField> amounts = new LinkedHashMap<>();

    SchemesView(IncentiveSchemes schemes, OrgStructure org) {
        this.schemes = schemes;
        post.setId("scheme-post");
        post.setLabel(getTranslation("incentive.sheet.col.post"));
        post.setItems(org.posts());
        post.setItemLabelGenerator(p -> p.name(getLocale()));
        from.setId("scheme-from");
        from.setLabel(getTranslation("incentive.sheet.col.effectiveFrom"));
        from.setPlaceholder("yyyy-MM");
        minSample.setId("scheme-minSample");
        minSample.setLabel(getTranslation("incentive.sheet.col.minSample"));
        var form = new FormLayout(post, from, minSample);
        for (String field : new String[] {"base", "slope", "floor", "cap", "kudosRate", "kudosCap", "complaintAmount",
                "complaintShare"}) {
            BigDecimalField input = new BigDecimalField(getTranslation("incentive.sheet.col." + field));
            input.setId("scheme-" + field);
            amounts.put(field, input);
            form.add(input);
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>(amounts);
        fields.put("post", post);
        fields.put("effectiveFrom", from);
        fields.put("minSample", minSample);
        var errors = new FieldErrors(fields);
        var save = new Button(getTranslation("incentive.scheme.add"), e -> {
            if (errors.attempt(this::add)) {
                Notifications.success(getTranslation("incentive.scheme.added"));
                refresh();
            }
        });
        save.setId("scheme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("scheme-grid");
        grid.addColumn(v -> v.postCode()).setHeader(getTranslation("incentive.sheet.col.post"));
        grid.addColumn(v -> v.effectiveFrom().toString()).setHeader(getTranslation("incentive.sheet.col.effectiveFrom"));
        grid.addColumn(v -> v.parameters().base().toPlainString()).setHeader(getTranslation("incentive.sheet.col.base"));
        grid.addColumn(v -> v.parameters().floor() + "–" + v.parameters().cap())
                .setHeader(getTranslation("incentive.sheet.col.cap"));
        grid.addColumn(v -> getTranslation(v.used() ? "incentive.scheme.used" : "incentive.scheme.unused"));
        add(new H2(getTranslation("nav.incentive-schemes")), form, save, grid);
        refresh();
    }

    private void add() {
        YearMonth month;
        try {
            month = from.getValue() == null || from.getValue().isBlank() ? null : YearMonth.parse(from.getValue().strip());
        } catch (DateTimeParseException e) {
            throw new com.touchpoint.shared.InvalidInputException("effectiveFrom", "incentive.month.invalid", from.getValue());
        }
        schemes.addVersion(post.getValue() == null ? null : post.getValue().code(), month,
                new SchemeParameters(value("base"), minSample.getValue(), value("slope"), value("floor"), value("cap"),
                        value("kudosRate"), value("kudosCap"), value("complaintAmount"), value("complaintShare")));
    }

    private BigDecimal value(String field) {
        return amounts.get(field).getValue();
    }

    private void refresh() {
        grid.setItems(schemes.versions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentive-schemes") + " | " + getTranslation("app.name");
    }
}
