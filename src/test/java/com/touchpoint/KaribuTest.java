package com.touchpoint;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Locale;

/**
 * Base of the browserless view tests: a real Spring context on MariaDB, Vaadin faked by Karibu, and
 * a signed-in demo user whose roles Vaadin's view access control sees as it would behind the login.
 */
@TouchpointTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService users;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes(viewClasses(), new java.util.HashSet<>(), false);
        }
    }

    /** The @Route classes the tests discovered, for tests that visit every view. */
    protected static java.util.Set<Class<? extends com.vaadin.flow.component.Component>> routeClasses() {
        return java.util.Collections.unmodifiableSet(routes.getRoutes());
    }

    /** Signs in a demo user (Chinese UI) and opens a fresh UI. */
    protected void login(String username) {
        login(username, Locale.SIMPLIFIED_CHINESE);
    }

    protected void login(String username, Locale locale) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().getSession().setLocale(locale);
    }

    private static FakeRequest fakeRequest() {
        jakarta.servlet.ServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (!(request instanceof FakeRequest) && request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /**
     * Navigates as a browser would see it and asserts that the user is shown the not-found page, which is how
     * a refused page looks (Karibu's own default throws instead of rendering it).
     */
    protected static void assertShowsNotFound(Runnable navigation) {
        com.vaadin.flow.server.startup.ApplicationRouteRegistry
                .getInstance(com.vaadin.flow.server.VaadinService.getCurrent().getContext())
                .setErrorNavigationTargets(java.util.Set.of(com.touchpoint.layout.NotFoundView.class));
        navigation.run();
        org.assertj.core.api.Assertions.assertThat(com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(com.touchpoint.layout.NotFoundView.class)).as("the not-found page").hasSize(1);
    }

    /** Every @Route class, including package-private views that Karibu's own discovery skips. */
    @SuppressWarnings("unchecked")
    private static java.util.Set<Class<? extends com.vaadin.flow.component.Component>> viewClasses() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                com.vaadin.flow.router.Route.class));
        var views = new java.util.HashSet<Class<? extends com.vaadin.flow.component.Component>>();
        for (var candidate : scanner.findCandidateComponents("com.touchpoint")) {
            try {
                views.add((Class<? extends com.vaadin.flow.component.Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return views;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
