package com.touchpoint.recognition.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.shared.Band;
import com.touchpoint.recognition.Leaderboard;
import com.touchpoint.recognition.LeaderboardMetric;
import com.touchpoint.recognition.Leaderboards;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.TouchpointException;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.PostDetails;
import com.touchpoint.staff.Role;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.layout.Notifications;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** Leaderboards (排行榜) per post: the top band with ranks, then bands of names, and one's own band; opt-out for staff. */
@Route(value = "leaderboards", layout = MainLayout.class)
@Menu(title = "nav.leaderboards", order = 10, icon = "vaadin:trophy")
@PermitAll
class LeaderboardView extends VerticalLayout implements HasDynamicTitle {

    private final Leaderboards leaderboards;
    private final ComboBox<PostDetails> post = new ComboBox<>();
    private final MonthSelect month;
    private final Select<LeaderboardMetric> metric = new Select<>();
    private final Grid<Leaderboard.Leader> top = new Grid<>();
    private final Div bands = new Div();
    private final Paragraph myBand = new Paragraph();

    LeaderboardView(Leaderboards leaderboards, OrgStructure org, StaffDirectory directory, CurrentUser user,
                    OperatorTime operatorTime) {
        this.leaderboards = leaderboards;
        addClassName("leaderboard-view");
        List<PostDetails> posts = org.posts();
        post.setId("board-post");
        post.setLabel(getTranslation("recognition.board.post"));
        post.setItems(posts);
        post.setItemLabelGenerator(p -> "en".equals(getLocale().getLanguage()) ? p.nameEn() : p.nameZh());
        month = new MonthSelect("board-month", operatorTime, 1);
        metric.setId("board-metric");
        metric.setLabel(getTranslation("recognition.board.metric"));
        metric.setItems(LeaderboardMetric.values());
        metric.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        metric.setValue(LeaderboardMetric.ADJUSTED_INDEX);
        var bar = new FlexLayout(post, month, metric);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        top.setId("board-top");
        ComponentTexts.emptyState(top, "recognition.board.empty");
        top.addThemeVariants(GridVariant.LUMO_COMPACT);
        top.setAllRowsVisible(true);
        top.addColumn(Leaderboard.Leader::rank).setHeader(getTranslation("recognition.board.rank")).setAutoWidth(true);
        top.addColumn(Leaderboard.Leader::name).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        top.addColumn(Leaderboard.Leader::teamName).setHeader(getTranslation("staff.team")).setAutoWidth(true);
        top.addColumn(l -> l.value().toPlainString()).setHeader(getTranslation("recognition.board.value")).setAutoWidth(true);
        bands.setId("board-bands");
        myBand.setId("board-my-band");
        add(bar, myBand, new H4(getTranslation("recognition.band.TOP_10")), top, bands);
        if (user.hasRole(Role.STAFF) && user.staffId().isPresent()) {
            var optOut = new Checkbox(getTranslation("recognition.board.opt-out"), leaderboards.myOptOut());
            optOut.setId("board-opt-out");
            optOut.addValueChangeListener(e -> {
                leaderboards.setMyOptOut(e.getValue());
                refresh();
            });
            add(optOut);
            String ownPost = user.staffId().flatMap(directory::ref).map(s -> s.postCode()).orElse(null);
            posts.stream().filter(p -> p.code().equals(ownPost)).findFirst().ifPresent(post::setValue);
        }
        if (post.isEmpty() && !posts.isEmpty()) {
            post.setValue(posts.get(0));
        }
        post.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        metric.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        if (post.isEmpty() || month.isEmpty() || metric.isEmpty()) {
            return;
        }
        try {
            Leaderboard board = leaderboards.board(post.getValue().code(), month.getValue(), metric.getValue());
            top.setItems(board.top());
            bands.removeAll();
            bands.add(new H4(getTranslation("recognition.band.TOP_25")), names(board.top25()),
                    new H4(getTranslation("recognition.band.TOP_50")), names(board.top50()));
            myBand.setText(board.myBand() == Band.NOT_RANKED ? getTranslation("recognition.board.mine-none")
                    : getTranslation("recognition.board.mine", getTranslation(board.myBand().messageKey())));
        } catch (TouchpointException e) {
            Notifications.refused(e);
        }
    }

    private Paragraph names(List<String> names) {
        var p = new Paragraph(names.isEmpty() ? getTranslation("recognition.band.nobody") : String.join(getTranslation("common.list-separator"), names));
        p.addClassName("band-names");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leaderboards") + " | " + getTranslation("app.name");
    }
}
