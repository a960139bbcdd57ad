package com.touchpoint.staff.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.Pages;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The staff a user may see (a supervisor: their teams), searchable and filterable; HR and admins edit here. */
@Route(value = "staff", layout = MainLayout.class)
@Menu(title = "nav.staff", order = 10, icon = "vaadin:users")
@RolesAllowed({Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class StaffListView extends VerticalLayout implements HasDynamicTitle {

    static final String MEMBER_ROUTE = "member/";

    private final StaffDirectory directory;
    private final Grid<StaffDetails> grid = new Grid<>(StaffDetails.class, false);
    private final TextField search = new TextField();
    private final ComboBox<OrgUnitDetails> team = new ComboBox<>();
    private final ComboBox<PostDetails> post = new ComboBox<>();
    private final Select<String> active = new Select<>();

    StaffListView(StaffDirectory directory, OrgStructure org, AccessPolicy access) {
        this.directory = directory;
        setSizeFull();
        addClassName("staff-list-view");
        List<PostDetails> posts = org.posts();
        Map<String, PostDetails> postsByCode = posts.stream().collect(Collectors.toMap(PostDetails::code, Function.identity()));
        add(filters(org, posts), grid);
        configureGrid(postsByCode);
        if (!access.canManageDirectory()) {
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MEMBER_ROUTE + e.getItem().id())));
        } else {
            var editor = new StaffEditor(directory, org, grid.getDataProvider()::refreshAll);
            grid.addItemClickListener(e -> editor.edit(e.getItem()));
            var create = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), e -> editor.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("staff-new");
            var importButton = new Button(getTranslation("staff.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(StaffImportView.class)));
            importButton.setId("staff-import");
            var actions = new FlexLayout(create, importButton);
            actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            actions.getStyle().set("gap", "var(--lumo-space-s)");
            addComponentAtIndex(0, actions);
        }
        setFlexGrow(1, grid);
    }

    private FlexLayout filters(OrgStructure org, List<PostDetails> posts) {
        search.setPlaceholder(getTranslation("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("staff-search");
        team.setPlaceholder(getTranslation("staff.team"));
        team.setItems(org.teamsVisibleToCurrentUser());
        team.setItemLabelGenerator(OrgUnitDetails::name);
        team.setClearButtonVisible(true);
        post.setPlaceholder(getTranslation("staff.post"));
        post.setItems(posts);
        post.setItemLabelGenerator(p -> p.name(getLocale()));
        post.setClearButtonVisible(true);
        active.setItems("all", "active", "inactive");
        active.setItemLabelGenerator(v -> getTranslation("staff.filter.active." + v));
        active.setValue("active");
        search.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        post.addValueChangeListener(e -> refresh());
        active.addValueChangeListener(e -> refresh());
        var bar = new FlexLayout(search, team, post, active);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        return bar;
    }

    private void configureGrid(Map<String, PostDetails> posts) {
        grid.setId("staff-grid");
        ComponentTexts.emptyState(grid, "staff.empty");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(StaffDetails::employeeNo).setHeader(getTranslation("staff.employee-no"))
                .setSortProperty("employeeNo").setAutoWidth(true).setFrozen(true);
        grid.addColumn(StaffDetails::name).setHeader(getTranslation("staff.name")).setSortProperty("name")
                .setAutoWidth(true);
        grid.addColumn(s -> posts.get(s.postCode()).name(getLocale())).setHeader(getTranslation("staff.post"))
                .setSortProperty("post.sortOrder").setAutoWidth(true);
        grid.addColumn(StaffDetails::teamName).setHeader(getTranslation("staff.team")).setSortProperty("team.code")
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.date(s.hireDate())).setHeader(getTranslation("staff.hire-date")).setSortProperty("hireDate")
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("staff.active")).setAutoWidth(true);
        grid.addComponentColumn(this::memberLink).setKey("member").setHeader(getTranslation("staff.member-page"))
                .setAutoWidth(true);
        grid.setItems(query -> directory.search(filter(), Pages.of(query, Sort.by("employeeNo"))).stream());
    }

    /** The member page, reached by its route so that staff does not depend on the member feature. */
    private Anchor memberLink(StaffDetails s) {
        var link = new Anchor(MEMBER_ROUTE + s.id(), getTranslation("staff.member-page.open"));
        link.addClassName("member-link");
        // a click on the link must not also open the editor through the row click
        link.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return link;
    }

    private StaffFilter filter() {
        Boolean activeOnly = switch (active.getValue() == null ? "all" : active.getValue()) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new StaffFilter(search.getValue(), team.getValue() == null ? null : team.getValue().id(),
                post.getValue() == null ? null : post.getValue().code(), activeOnly);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff") + " | " + getTranslation("app.name");
    }
}
