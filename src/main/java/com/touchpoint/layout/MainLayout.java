package com.touchpoint.layout;

import com.touchpoint.shared.DatabaseUnavailable;
import com.touchpoint.shared.TranslationProvider;
import com.touchpoint.shared.UserLanguagePreference;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Locale;

/**
 * The frame around every signed-in page: a side navigation listing only the views the user may open
 * (taken from {@code @Menu} annotations whose titles are message keys), and a user menu with
 * language, light/dark theme and logout. Features add to the header through {@link HeaderItem} beans.
 */
@PermitAll
// header items come from other features as beans, which the production bundle's scan of the routes cannot see
@Uses(Popover.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String DARK_THEME_ATTRIBUTE = "touchpoint.dark";

    private final AuthenticationContext authentication;
    private final UserLanguagePreference languages;
    private final AccessAnnotationChecker accessChecker;
    private final List<HeaderItem> headerItems;
    private final Span pageTitle = new Span();
    /** False when the frame could not read the database: the header then leaves out what needs it. */
    private final boolean databaseReachable;

    public MainLayout(AuthenticationContext authentication, UserLanguagePreference languages,
                      AccessAnnotationChecker accessChecker, ObjectProvider<HeaderItem> headerItems) {
        this.authentication = authentication;
        this.languages = languages;
        this.accessChecker = accessChecker;
        this.headerItems = headerItems.orderedStream().toList();
        this.databaseReachable = applyRememberedLanguage();
        applyTheme();
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.drawer")));
        addToDrawer(drawerHeader(), new Scroller(sideNav()));
        addToNavbar(true, navbar());
    }

    /**
     * Applies the user's remembered language; false when the database could not be reached, so that the frame is
     * still drawn (with the browser's language) around the page that says so, instead of failing with it.
     */
    private boolean applyRememberedLanguage() {
        VaadinSession session = VaadinSession.getCurrent();
        try {
            languages.currentUsersLanguage()
                    .filter(locale -> !locale.equals(session.getLocale()))
                    .ifPresent(session::setLocale);
            return true;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            return false;
        }
    }

    private void applyTheme() {
        boolean dark = Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(DARK_THEME_ATTRIBUTE));
        UI.getCurrent().getElement().getThemeList().set(Lumo.DARK, dark);
    }

    private H1 drawerHeader() {
        var title = new H1(getTranslation("app.name"));
        title.addClassName("drawer-title");
        return title;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() == null || accessChecker.hasAccess(entry.menuClass())) {
                nav.addItem(item(entry));
            }
        }
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private HorizontalLayout navbar() {
        pageTitle.addClassName("navbar-title");
        pageTitle.setId("page-title");
        pageTitle.setText(getTranslation("app.name"));
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.drawer-toggle"));
        var bar = new HorizontalLayout(toggle, pageTitle);
        if (databaseReachable) {
            // each item reads its own figures; with the database gone each would wait for a connection in vain
            headerItems.forEach(item -> bar.add(item.create()));
        }
        bar.add(userMenu());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(pageTitle);
        bar.addClassName("navbar");
        return bar;
    }

    private MenuBar userMenu() {
        String username = authentication.getPrincipalName().orElse("");
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("layout.more-options")));
        var avatar = new Avatar(username);
        var root = menu.addItem(avatar);
        root.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(username).setEnabled(false);
        SubMenu language = sub.addItem(getTranslation("layout.language")).getSubMenu();
        for (Locale locale : TranslationProvider.SUPPORTED) {
            var item = language.addItem(getTranslation("layout.language." + locale.getLanguage()),
                    e -> switchLanguage(locale));
            item.setCheckable(true);
            item.setChecked(locale.equals(TranslationProvider.supported(getLocale())));
            item.setId("language-" + locale.getLanguage());
        }
        sub.addItem(getTranslation("layout.theme.toggle"), e -> toggleTheme());
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(titleOf(getContent()));
    }

    /** The page's own title ("Team scores" of "Team scores | Touchpoint"), shown in the header. */
    private String titleOf(Component content) {
        String app = getTranslation("app.name");
        String title = content instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle() : "";
        if (title == null || title.isBlank()) {
            title = content instanceof NotFoundView ? getTranslation("error.not-found.title") : app;
        }
        return title.endsWith(" | " + app) ? title.substring(0, title.length() - app.length() - 3) : title;
    }

    private void switchLanguage(Locale locale) {
        languages.rememberForCurrentUser(locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private void toggleTheme() {
        VaadinSession session = VaadinSession.getCurrent();
        boolean dark = !Boolean.TRUE.equals(session.getAttribute(DARK_THEME_ATTRIBUTE));
        session.setAttribute(DARK_THEME_ATTRIBUTE, dark);
        UI.getCurrent().getElement().getThemeList().set(Lumo.DARK, dark);
    }
}
