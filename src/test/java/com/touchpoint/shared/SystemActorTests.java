package com.touchpoint.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SystemActorTests {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void work_carried_on_for_a_user_runs_as_that_user_with_only_the_given_authorities_and_not_as_the_system() {
        String seen = SystemActor.onBehalfOf("hr1", () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth.getName() + " " + auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList()
                    + " acting=" + SystemActor.acting();
        }, List.of("ROLE_HR", SystemActor.AUTHORITY));
        assertThat(seen).isEqualTo("hr1 [ROLE_HR] acting=false");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the caller's context is back").isNull();
    }

    @Test
    void inside_system_work_carrying_on_for_a_user_drops_the_system_and_restores_it_afterwards() {
        List<String> seen = SystemActor.call("monthly-incentives", () -> {
            String inside = SystemActor.onBehalfOf("hr1", () -> SecurityContextHolder.getContext().getAuthentication()
                    .getName() + " acting=" + SystemActor.acting(), List.of("ROLE_HR"));
            return List.of(inside, SecurityContextHolder.getContext().getAuthentication().getName() + " acting="
                    + SystemActor.acting());
        }, "ROLE_HR");
        assertThat(seen).containsExactly("hr1 acting=false", "system:monthly-incentives acting=true");
        assertThat(SystemActor.acting()).isFalse();
    }
}
