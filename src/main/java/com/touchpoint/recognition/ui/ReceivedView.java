package com.touchpoint.recognition.ui;

import com.touchpoint.layout.ComponentTexts;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.MonthSelect;
import com.touchpoint.layout.MainLayout;
import com.touchpoint.recognition.Badge;
import com.touchpoint.recognition.Badges;
import com.touchpoint.recognition.GiverTotal;
import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.recognition.RecognitionValues;
import com.touchpoint.recognition.ValueTag;
import com.touchpoint.satisfaction.CustomerPraise;
import com.touchpoint.satisfaction.PraiseCallback;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.Roles;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.CurrentUser;
import com.touchpoint.staff.StaffDirectory;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recognition received (收到的认可): badges, the month's kudos with what counts towards the bonus per giver
 * (the excess shown), and customer praise. Without a parameter it is the signed-in staff member's own page.
 */
@Route(value = "recognition/received", layout = MainLayout.class)
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.QUALITY, Roles.HR, Roles.ADMIN})
class ReceivedView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RecognitionFeeds recognition;
    private final Badges badges;
    private final CustomerPraise praise;
    private final StaffDirectory directory;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final Map<String, ValueTag> tags;
    private final ZoneId zone;
    private final MonthSelect month;
    private final Div content = new Div();
    private long staffId;

    ReceivedView(RecognitionFeeds recognition, Badges badges, CustomerPraise praise, StaffDirectory directory,
                 AccessPolicy access, CurrentUser user, RecognitionValues values, OperatorTime operatorTime) {
        this.recognition = recognition;
        this.badges = badges;
        this.praise = praise;
        this.directory = directory;
        this.access = access;
        this.user = user;
        this.zone = operatorTime.zone();
        this.tags = values.all().stream().collect(Collectors.toMap(ValueTag::code, Function.identity()));
        this.month = new MonthSelect("received-month", operatorTime, 0);
        addClassName("received-view");
        content.setId("received-content");
        month.addValueChangeListener(e -> show());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        Long target = parameter != null ? parameter : user.staffId().orElse(null);
        if (target == null || !access.canSeeStaff(target)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        staffId = target;
        removeAll();
        String name = directory.ref(staffId).map(s -> s.name() + " · " + s.employeeNo()).orElse("");
        add(new H2(getTranslation("recognition.received.title", name)), badgeList(), month, content);
        show();
    }

    private Div badgeList() {
        var list = new Div();
        list.setId("badges");
        list.addClassName("badge-list");
        List<Badge> earned = badges.ofStaff(staffId);
        if (earned.isEmpty()) {
            list.add(new Span(getTranslation("recognition.badges.none")));
        }
        earned.forEach(b -> {
            var badge = new Span("🏅 " + getTranslation(b.kind().messageKey()) + " " + Formats.month(b.month()));
            badge.getElement().getThemeList().add("badge success");
            badge.getElement().setAttribute("title", figures(b));
            list.add(badge);
        });
        return list;
    }

    private String figures(Badge b) {
        return switch (b.kind()) {
            case SERVICE_STAR -> getTranslation("recognition.badge.figures.service", b.figure(), b.sampleSize());
            case PROGRESS_STAR -> getTranslation("recognition.badge.figures.progress", b.previous(), b.figure());
            case PARTNER_STAR -> getTranslation("recognition.badge.figures.partner", b.figure());
            case CUSTOMER_STAR -> getTranslation("recognition.badge.figures.customer", b.figure());
        };
    }

    private void show() {
        if (staffId == 0 || month.isEmpty()) {
            return;
        }
        content.removeAll();
        YearMonth selected = month.getValue();
        var totals = new Grid<GiverTotal>();
        totals.setId("giver-totals");
        ComponentTexts.emptyState(totals, "recognition.received.empty");
        totals.addThemeVariants(GridVariant.LUMO_COMPACT);
        totals.setAllRowsVisible(true);
        totals.addColumn(GiverTotal::giverName).setHeader(getTranslation("recognition.received.giver"));
        totals.addColumn(GiverTotal::points).setHeader(getTranslation("recognition.received.points"));
        totals.addColumn(GiverTotal::counted).setHeader(getTranslation("recognition.received.counted"));
        totals.addColumn(GiverTotal::excess).setHeader(getTranslation("recognition.received.excess"));
        List<GiverTotal> byGiver = recognition.giverTotals(staffId, selected);
        totals.setItems(byGiver);
        var sum = new Paragraph(getTranslation("recognition.received.sum",
                byGiver.stream().mapToInt(GiverTotal::points).sum(), byGiver.stream().mapToInt(GiverTotal::counted).sum(),
                byGiver.stream().mapToInt(GiverTotal::excess).sum()));
        sum.setId("received-sum");
        var kudos = new Div();
        kudos.setId("received-kudos");
        var received = recognition.received(staffId, selected);
        received.forEach(k -> kudos.add(new KudosCard(k, tags, zone)));
        if (received.isEmpty()) {
            kudos.add(new Paragraph(getTranslation("recognition.received.kudos.none")));
        }
        var praises = new Div();
        praises.setId("received-praise");
        List<PraiseCallback> found = praise.ofStaff(staffId, selected.atDay(1), selected.atEndOfMonth());
        found.forEach(p -> praises.add(praiseCard(p)));
        if (found.isEmpty()) {
            praises.add(new Paragraph(getTranslation("recognition.praise.none")));
        }
        content.add(sum, totals, new H3(getTranslation("recognition.received.kudos")), kudos,
                new H3(getTranslation("recognition.praise")), praises);
    }

    private Div praiseCard(PraiseCallback p) {
        var card = new Div(new Paragraph(p.comment() == null ? "" : p.comment()),
                new Span(Formats.date(p.callbackDate()) + " · " + getTranslation(p.serviceType().messageKey())
                        + (p.markedByQuality() ? " · " + getTranslation("recognition.praise.marked") : "")));
        card.addClassNames("kudos-card", "praise-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recognition") + " | " + getTranslation("app.name");
    }
}
