package se.delbart.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.ObjectMapper;

/**
 * Three filter chains, most specific first:
 * <ol>
 * <li>{@code /api/v1/tokens/**}: stateless, HTTP Basic or bearer token (this is where a token is obtained: creating
 * one needs the password, i.e. HTTP Basic);</li>
 * <li>{@code /api/**}: stateless, bearer token only, 401/403 as problem+json;</li>
 * <li>everything else (pages): form login, session, CSRF.</li>
 * </ol>
 * All three use the same throttled username/password authentication and the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Swagger UI sets style attributes from its scripts; it needs inline styles, nothing else. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder,
            LoginAttempts loginAttempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, loginAttempts));
    }

    @Bean
    ProblemResponses securityProblemResponses(ObjectMapper objectMapper) {
        return new ProblemResponses(objectMapper);
    }

    // --- hardening (issue 8): the firewall's refusals as problem+json under /api
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.requestRejectedHandler();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenApiChain(HttpSecurity http, AuthenticationManager authenticationManager,
            AccessTokenService tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**");
        stateless(http, authenticationManager, tokens, problems, true);
        http.httpBasic(basic -> basic.realmName("Delbart").authenticationEntryPoint(problems.entryPoint(true))
                .authenticationDetailsSource(LoginClient::new));
        http.authorizeHttpRequests(requests -> requests
                // a new token needs the password: a (possibly stolen) token must not outlive its own revocation
                .requestMatchers(HttpMethod.POST, "/api/v1/tokens").hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
            AccessTokenService tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**");
        stateless(http, authenticationManager, tokens, problems, false);
        http.authorizeHttpRequests(requests -> requests
                // a portfolio is private to its municipality (before the public municipality reads)
                .requestMatchers("/api/v1/municipalities/*/portfolio", "/api/v1/municipalities/*/portfolio/**")
                        .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/municipalities/**", "/api/v1/solutions/**",
                        "/api/v1/search", "/api/v1/search/suggest", "/api/v1/adoptions/**").permitAll()
                // profile module (issue 6): the questionnaire is public; profiles check their own visibility
                .requestMatchers(HttpMethod.GET, "/api/v1/profile/questionnaire").permitAll()
                .requestMatchers("/api/v1/users/**", "/api/v1/admin/**").hasRole("ADMIN")
                // national insight (issue 7): analysts and administrators only
                .requestMatchers("/api/v1/insights", "/api/v1/insights/**").hasAnyRole("ANALYST", "ADMIN")
                .anyRequest().authenticated());
        return http.build();
    }

    /**
     * The management endpoints: health (and info) are open for load balancers and container probes; everything else
     * (metrics) needs an administrator's access token, sent as a bearer token by the scraper.
     */
    @Bean
    @Order(3)
    SecurityFilterChain managementChain(HttpSecurity http, AuthenticationManager authenticationManager,
            AccessTokenService tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**");
        stateless(http, authenticationManager, tokens, problems, false);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .anyRequest().hasRole("ADMIN"));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager,
            AccountSessions accountSessions, SecurityProperties properties, LoginAttempts loginAttempts, Clock clock)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // a session ends when its account changes under it, and after an absolute lifetime
        http.addFilterAfter(new AccountSessionFilter(accountSessions, properties.sessionAbsoluteTimeout(), clock),
                SecurityContextHolderFilter.class);
        headers(http);
        http.authorizeHttpRequests(requests -> requests
                // before the public "/losningar/{id}", which would otherwise match it
                .requestMatchers("/losningar/ny", "/losningar/importera").authenticated() // importera: interop (before /losningar/{id})
                .requestMatchers(HttpMethod.GET, "/", "/sok", "/losningar", "/losningar/{id}", "/losningar/{id}/historik")
                        .permitAll()
                .requestMatchers(HttpMethod.GET, "/om", "/tillganglighet", "/personuppgifter", "/kakor", "/favicon.svg")
                        .permitAll()
                // access requests: the public form and a new account's one-time link to set its password
                .requestMatchers("/tillgang", "/tillgang/skickad", "/konto/losenord/*").permitAll()
                // a portfolio is private to its municipality (before the public municipality pages)
                .requestMatchers("/kommuner/*/portfolj", "/kommuner/*/portfolj/**", "/kommuner/*/portfolj.csv",
                        "/kommuner/*/portfolj.xlsx")
                        .authenticated()
                .requestMatchers("/kommuner/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/login", "/error",
                        "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/insikter", "/insikter/**").hasAnyRole("ANALYST", "ADMIN")
                .anyRequest().authenticated());
        http.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").permitAll()
                .authenticationDetailsSource(LoginClient::new)
                .successHandler(new DeviceCookieSuccessHandler(loginAttempts)));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"));
        // CSRF stays on (session repository); Thymeleaf adds the token to every th:action form.
        return http.build();
    }

    private static void stateless(HttpSecurity http, AuthenticationManager authenticationManager,
            AccessTokenService tokens, ProblemResponses problems, boolean offerBasic) throws Exception {
        http.authenticationManager(authenticationManager);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(AbstractHttpConfigurer::disable);
        http.requestCache(cache -> cache.disable());
        http.formLogin(AbstractHttpConfigurer::disable);
        http.logout(AbstractHttpConfigurer::disable);
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(problems.entryPoint(offerBasic))
                .accessDeniedHandler(problems.accessDeniedHandler()));
        http.addFilterBefore(new AccessTokenAuthenticationFilter(tokens, problems.entryPoint(offerBasic), problems),
                BasicAuthenticationFilter.class);
        headers(http);
    }

    private static void headers(HttpSecurity http) throws Exception {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.headers(headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(Customizer.withDefaults())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
    }
}
