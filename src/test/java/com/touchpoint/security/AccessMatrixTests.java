package com.touchpoint.security;

import com.touchpoint.ApiClient;
import com.touchpoint.TouchpointTest;
import com.touchpoint.shared.ApiScopes;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.staff.TestStaff;
import com.touchpoint.staff.TestTeams;
import com.touchpoint.staff.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix (issue 19): every REST endpoint against every token scope, and every public service method
 * that takes a person, team or unit id against each kind of caller with a target inside and outside their reach.
 * The policy lives in {@code access-matrix-api.csv} and {@code access-matrix-services.csv} next to this class's
 * package in the test resources; an endpoint or method without a row fails the test with its name.
 */
@TouchpointTest
class AccessMatrixTests {

    static final Set<String> TARGET_PARAMETERS = Set.of("staffId", "teamId", "unitId");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrgStructure org;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UserAccounts accounts;

    // ---------------------------------------------------------------- REST

    record Endpoint(String method, String pattern) {
        String key() {
            return method + " " + pattern;
        }
    }

    static List<Endpoint> endpointsOf(RequestMappingHandlerMapping mappings) {
        Set<Endpoint> found = new TreeSet<>((a, b) -> a.key().compareTo(b.key()));
        mappings.getHandlerMethods().keySet().forEach(info -> {
            if (info.getPathPatternsCondition() == null) {
                return;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> found.add(new Endpoint(m.name(), pattern)));
            }
        });
        return List.copyOf(found);
    }

    static List<String[]> rows(String resource, String separator) {
        try (var in = AccessMatrixTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split(separator, -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sample(String pattern) {
        // Values that pass the scope check and then fail validation or lookup, so no call changes anything.
        return pattern.replace("{id}", "0").replaceAll("\\{[^}/]+}", "x");
    }

    @Test
    void every_endpoint_has_a_row_and_lets_through_only_its_scope() {
        Map<String, String> table = new LinkedHashMap<>();
        rows("access-matrix-api.csv", ",").forEach(r -> table.put(r[0] + " " + r[1], r[2]));
        List<Endpoint> endpoints = endpointsOf(mappings);
        assertThat(endpoints).as("endpoints found").isNotEmpty();

        List<String> missing = endpoints.stream().map(Endpoint::key).filter(k -> !table.containsKey(k)).toList();
        assertThat(missing).as("endpoints without a row in access-matrix-api.csv").isEmpty();
        Set<String> stale = new TreeSet<>(table.keySet());
        endpoints.forEach(e -> stale.remove(e.key()));
        assertThat(stale).as("rows of access-matrix-api.csv for endpoints that no longer exist").isEmpty();

        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (String scope : ApiScopes.ALL) {
            tokenOf.put(scope, TestAccess.asAdmin(() -> tokens.create("matrix-" + UUID.randomUUID(), List.of(scope)))
                    .secret());
        }
        ApiClient api = new ApiClient(port);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String path = sample(endpoint.pattern()) + "?from=2026-10-01&to=2026-10-31";
            int anonymous = call(api, endpoint.method(), path, null).status();
            if (anonymous != 401) {
                wrong.add(endpoint.key() + " without a token answered " + anonymous);
            }
            for (var token : tokenOf.entrySet()) {
                int status = call(api, endpoint.method(), path, token.getValue()).status();
                boolean allowed = status != 401 && status != 403;
                boolean expected = token.getKey().equals(table.get(endpoint.key()));
                if (allowed != expected) {
                    wrong.add(endpoint.key() + " with " + token.getKey() + " answered " + status);
                }
            }
        }
        assertThat(wrong).as("calls whose answer differs from access-matrix-api.csv").isEmpty();
    }

    private static ApiClient.Response call(ApiClient api, String method, String path, String token) {
        return switch (method) {
            case "GET" -> api.get(path, token);
            case "POST" -> api.post(path, token, "{}");
            case "PUT" -> api.put(path, token, "{}");
            default -> api.send(method, path, token);
        };
    }

    // ---------------------------------------------------------------- services

    /** One kind of caller with a target inside or outside their reach. */
    enum Case {
        SELF, MATE, OTHER, FAR, SUP_IN, SUP_OUT, QUALITY, HR, ADMIN;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Service(Object bean, Class<?> type, Method method, int target) {
        String key() {
            return type.getSimpleName() + "." + method.getName() + "("
                    + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                    + ")";
        }

        String targetName() {
            return method.getParameters()[target].getName();
        }
    }

    record Policy(String mode, Set<String> allowed) {
    }

    List<Service> services() {
        List<Service> found = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !context.isSingleton(name)) {
                continue;
            }
            Class<?> target = ClassUtils.getUserClass(type);
            if (!Modifier.isPublic(target.getModifiers())
                    || !target.getPackageName().matches("com\\.touchpoint\\.[a-z]+")) {
                continue;
            }
            Object bean = context.getBean(name);
            for (Method method : target.getMethods()) {
                if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())
                        || method.isBridge() || method.isSynthetic()) {
                    continue;
                }
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Class<?> t = parameters[i].getType();
                    if ((t == long.class || t == Long.class) && TARGET_PARAMETERS.contains(parameters[i].getName())) {
                        found.add(new Service(bean, target, method, i));
                        break;
                    }
                }
            }
        }
        found.sort((a, b) -> a.key().compareTo(b.key()));
        return found;
    }

    @Test
    void every_service_method_with_a_person_or_team_target_refuses_exactly_whom_the_table_says() {
        Map<String, Policy> table = new LinkedHashMap<>();
        rows("access-matrix-services.csv", ";").forEach(r -> table.put(r[0], new Policy(r[1],
                Arrays.stream(r[2].split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new)))));
        List<Service> services = services();
        assertThat(services).as("service methods found").isNotEmpty();
        List<String> missing = services.stream().map(Service::key).filter(k -> !table.containsKey(k)).toList();
        Set<String> stale = new TreeSet<>(table.keySet());
        services.forEach(s -> stale.remove(s.key()));

        var teamA = TestTeams.newTeam(org, directory, accounts, "WEST", "HOTLINE_AGENT", 2);
        var teamB = TestTeams.newTeam(org, directory, accounts, "WEST", "HOTLINE_AGENT", 1);
        TestStaff.Member a1 = teamA.members().get(0);
        TestStaff.Member a2 = teamA.members().get(1);
        TestStaff.Member b1 = teamB.members().get(0);
        var teamC = TestTeams.newTeam(org, directory, accounts, "EAST", "HOTLINE_AGENT", 1);
        TestStaff.Member c1 = teamC.members().get(0);

        Map<String, String> observed = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Service service : services) {
            Policy policy = table.get(service.key());
            if (policy != null && policy.mode().equals("rule")) {
                continue;
            }
            boolean person = service.targetName().equals("staffId");
            Set<String> allowedNow = new TreeSet<>();
            for (Case c : Case.values()) {
                if (!person && c == Case.MATE) {
                    continue;
                }
                long target = switch (c) {
                    case SELF, SUP_IN, QUALITY, HR, ADMIN -> person ? a1.staffId() : teamA.id();
                    case MATE -> a2.staffId();
                    case OTHER, SUP_OUT -> person ? b1.staffId() : teamB.id();
                    case FAR -> person ? c1.staffId() : teamC.id();
                };
                Supplier<Outcome> call = () -> invoke(service, target);
                Outcome outcome = switch (c) {
                    case SELF, MATE, OTHER, FAR -> a1.act(call);
                    case SUP_IN, SUP_OUT -> teamA.asSupervisor(call);
                    case QUALITY -> TestAccess.as("quality1", call, "ROLE_QUALITY");
                    case HR -> TestAccess.as("hr1", call, "ROLE_HR");
                    case ADMIN -> TestAccess.as("admin1", call, "ROLE_ADMIN");
                };
                if (outcome.allowed()) {
                    allowedNow.add(c.label());
                }
                if (policy == null) {
                    continue;
                }
                boolean expected = policy.allowed().contains(c.label());
                if (policy.mode().equals("filter")) {
                    if (!expected && outcome.allowed() && !outcome.empty()) {
                        wrong.add(service.key() + " as " + c.label() + " returned data out of reach: " + outcome.value());
                    }
                } else if (expected != outcome.allowed()) {
                    wrong.add(service.key() + " as " + c.label() + (outcome.allowed() ? " was allowed" : " was refused")
                            + outcome.note());
                }
            }
            observed.put(service.key(), String.join(" ", allowedNow));
        }
        String seen = observed.entrySet().stream().map(e -> e.getKey() + ";" + e.getValue())
                .collect(Collectors.joining("\n"));
        assertThat(missing).as("service methods without a row in access-matrix-services.csv; observed:\n" + seen)
                .isEmpty();
        assertThat(stale).as("rows of access-matrix-services.csv for methods that no longer exist").isEmpty();
        assertThat(wrong).as("calls that differ from access-matrix-services.csv").isEmpty();
    }

    record Outcome(boolean allowed, Object value, String note) {
        boolean empty() {
            return value == null
                    || value instanceof Optional<?> o && o.isEmpty()
                    || value instanceof Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty()
                    || Boolean.FALSE.equals(value);
        }
    }

    private Outcome invoke(Service service, long target) {
        Parameter[] parameters = service.method().getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = i == service.target() ? target : sampleOf(parameters[i].getType());
        }
        try {
            return new Outcome(true, service.method().invoke(service.bean(), args), "");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AccessDeniedException) {
                return new Outcome(false, null, "");
            }
            // past the access check: the call failed on its sample arguments
            return new Outcome(true, null, " (then failed with " + e.getCause().getClass().getSimpleName() + ")");
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sampleOf(Class<?> type) {
        LocalDate today = LocalDate.now();
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == int.class || type == Integer.class) {
            return 10;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == LocalDate.class) {
            return today;
        }
        if (type == LocalDateTime.class) {
            return today.atTime(10, 0);
        }
        if (type == Instant.class) {
            return Instant.now().minusSeconds(90L * 24 * 3600);
        }
        if (type == YearMonth.class) {
            return YearMonth.from(today);
        }
        if (type == Period.class) {
            return new Period(today.minusDays(60), today);
        }
        if (type == Locale.class) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            var components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = types[i].isPrimitive() ? sampleOf(types[i]) : null;
            }
            try {
                var constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
