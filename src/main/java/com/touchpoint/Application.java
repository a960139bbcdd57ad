package com.touchpoint;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("touchpoint")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// every route's components are loaded with the first page, so that parts a feature contributes as beans (header
// items, home cards) work on whichever page a user lands first, not only after visiting the route that uses them
@LoadDependenciesOnStartup
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
