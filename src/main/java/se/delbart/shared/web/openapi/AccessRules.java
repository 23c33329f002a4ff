package se.delbart.shared.web.openapi;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import se.delbart.shared.Role;

/**
 * What the security filter chains demand of a request, found by asking them: the first chain that matches a probe
 * request decides, and its authorization manager is asked once anonymously and once per role, with a bearer token's
 * authentication and with a password's. Nothing here restates a rule of the security configuration.
 */
final class AccessRules {

    /** How a caller may authenticate for an operation. */
    enum Scheme {
        BEARER, BASIC
    }

    /**
     * @param anonymous whether a caller without credentials is let through
     * @param roles     the roles let through (empty when no authenticated caller is)
     * @param schemes   how a caller authenticates (empty when anonymous)
     */
    record Access(boolean anonymous, Set<Role> roles, List<Scheme> schemes) {
    }

    /** Spring MVC's dispatcher servlet, mapped to "/" as Boot maps it. */
    private static final HttpServletMapping DISPATCHER_SERVLET = new HttpServletMapping() {
        @Override
        public String getMatchValue() {
            return "";
        }

        @Override
        public String getPattern() {
            return "/";
        }

        @Override
        public String getServletName() {
            return "dispatcherServlet";
        }

        @Override
        public MappingMatch getMappingMatch() {
            return MappingMatch.DEFAULT;
        }
    };

    private final List<SecurityFilterChain> chains;

    AccessRules(List<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    /** @param path a path template such as {@code /api/v1/solutions/{id}} */
    Access of(String method, String path) {
        HttpServletRequest request = probe(method, path.replaceAll("\\{[^}]+}", "probe"));
        SecurityFilterChain chain = chains.stream().filter(c -> c.matches(request)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No security filter chain matches " + method + " " + path));
        AuthorizationManager<HttpServletRequest> manager = chain.getFilters().stream()
                .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("No authorization in the chain for " + path))
                .getAuthorizationManager();
        boolean basicOffered = chain.getFilters().stream().anyMatch(BasicAuthenticationFilter.class::isInstance);
        if (granted(manager, request, new AnonymousAuthenticationToken("probe", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))) {
            return new Access(true, EnumSet.allOf(Role.class), List.of());
        }
        Set<Role> withToken = EnumSet.noneOf(Role.class);
        Set<Role> withPassword = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (granted(manager, request, caller(role, false))) {
                withToken.add(role);
            }
            if (basicOffered && granted(manager, request, caller(role, true))) {
                withPassword.add(role);
            }
        }
        List<Scheme> schemes = new ArrayList<>();
        if (!withPassword.isEmpty()) {
            schemes.add(Scheme.BASIC);
        }
        if (!withToken.isEmpty()) {
            schemes.add(Scheme.BEARER);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(withToken);
        roles.addAll(withPassword);
        return new Access(false, roles, schemes);
    }

    private static boolean granted(AuthorizationManager<HttpServletRequest> manager, HttpServletRequest request,
            Authentication authentication) {
        AuthorizationResult result = manager.authorize(() -> authentication, request);
        return result != null && result.isGranted();
    }

    /** An account with the role, authenticated by an access token or (with {@code password}) by its password. */
    private static Authentication caller(Role role, boolean password) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (password) {
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        }
        return UsernamePasswordAuthenticationToken.authenticated("probe", null, authorities);
    }

    /** The least of a request that request matchers read: method, path and attributes. */
    private static HttpServletRequest probe(String method, String path) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(AccessRules.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, invoked, args) -> switch (invoked.getName()) {
                case "getMethod" -> method;
                case "getRequestURI", "getServletPath" -> path;
                case "getContextPath" -> "";
                case "getRequestURL" -> new StringBuffer("http://localhost" + path);
                case "getDispatcherType" -> DispatcherType.REQUEST;
                case "getHttpServletMapping" -> DISPATCHER_SERVLET;
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "removeAttribute" -> attributes.remove((String) args[0]);
                case "getAttributeNames", "getHeaderNames", "getParameterNames", "getHeaders" ->
                        Collections.emptyEnumeration();
                case "getParameterMap" -> Map.of();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> method + " " + path;
                default -> nothing(invoked.getReturnType());
                });
    }

    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
