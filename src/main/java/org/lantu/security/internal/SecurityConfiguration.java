package org.lantu.security.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.lantu.audit.AuditLog;
import org.lantu.security.PasswordPolicy;
import org.lantu.store.DatabaseHealth;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two filter chains. {@code /api/**}: HTTP Basic, API tokens or the browser's session; stateless for
 * Basic and token requests (no session read or made), CSRF checked only for writes that rely on the
 * session; 401 and 403 as JSON. Everything else is a page: form login at {@code /login} (session, CSRF,
 * new session id at login), redirect to {@code /login} without a login. In public mode ({@code
 * lantu.web.public-read}) GET and HEAD need no login.
 *
 * <p>Passwords: {@link PasswordEncoderFactories#createDelegatingPasswordEncoder()}, bcrypt (cost 10) for
 * new hashes. Argon2 would need Bouncy Castle on the class path; bcrypt needs nothing, is what 等保
 * assessors and ASVS accept, and the {@code {id}} prefix lets a later switch re-hash at the next login
 * (see {@link UserDetailsPasswordService}). bcrypt reads 72 bytes at most, which {@link PasswordPolicy}
 * enforces.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_ASSETS = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico"};
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final boolean publicRead;
    /** {@code lantu serve --require-2fa}: admins and planners show a TOTP code after their password. */
    private final boolean requireSecondFactor;

    SecurityConfiguration(Environment environment) {
        this.publicRead = environment.getProperty("lantu.web.public-read", Boolean.class, false);
        this.requireSecondFactor = environment.getProperty("lantu.security.require-2fa", Boolean.class, false);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Users by name, for the password logins of {@link #loginAttempts} (no bean: that provider is the one). */
    static UserDetailsService userDetailsService(UserStore users) {
        return username -> users.byUsername(username)
                .map(UserStore.StoredUser::details)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Re-hashes a password stored with an older encoding at its next successful login. */
    @Bean
    UserDetailsPasswordService userDetailsPasswordService(UserStore users) {
        return (user, newHash) -> {
            users.updatePasswordHash(user.getUsername(), newHash);
            return user;
        };
    }

    /** Password logins: bcrypt through the user store, with lockout and every failure audited. */
    @Bean
    LoginAttempts loginAttempts(
            UserStore users,
            PasswordEncoder encoder,
            UserDetailsPasswordService upgrades,
            AuditLog audit,
            Environment environment) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService(users));
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(upgrades);
        return new LoginAttempts(passwords, audit, environment);
    }

    /** The outermost filter: request ids, and 503 for a database that cannot be reached. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds(DatabaseHealth health) {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds(health));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The strict firewall, with its per-header checks done without regexes ({@link HeaderCharacters}). */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = HeaderCharacters.firewall();
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    JsonErrors jsonErrors() {
        return new JsonErrors();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokens tokens,
            JsonErrors errors,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        if (requireSecondFactor) {
            http.addFilterAfter(new SecondFactor(jdbc, true), BasicAuthenticationFilter.class);
        }
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    a.requestMatchers("/api/tokens", "/api/tokens/**", "/api/users", "/api/users/**")
                            .authenticated();
                    a.requestMatchers("/api/audit", "/api/audit/**").hasRole("ADMIN");
                    if (publicRead) {
                        a.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
                        a.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                .addFilterBefore(new ApiTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .securityContext(c -> c.securityContextRepository(new HeaderAwareSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::sessionWrite))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(SecurityConfiguration::headers)
                .formLogin(f -> f.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            AuditLog audit,
            LoginAttempts attempts,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        if (requireSecondFactor) {
            http.addFilterAfter(
                    new SecondFactor(jdbc, false),
                    org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        }
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failure.setAllowSessionCreation(false);
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/");
        AuthenticationSuccessHandler success = (request, response, auth) -> {
            // with a second factor to show, the password alone is not a login: it does not end the failure
            // count (SecondFactorController records login.success once the code is right)
            audit.recordAs(
                    auth.getName(),
                    attempts.secondFactorRequired(auth) ? AuditLog.LOGIN_PASSWORD : AuditLog.LOGIN_SUCCESS,
                    "user",
                    LoginAttempts.key(auth.getName()),
                    null,
                    null,
                    null);
            toPage.onAuthenticationSuccess(request, response, auth);
        };
        http.authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    a.requestMatchers(PUBLIC_ASSETS).permitAll();
                    a.requestMatchers("/login", "/error").permitAll();
                    a.requestMatchers("/admin", "/admin/**").hasRole("ADMIN");
                    if (publicRead) {
                        a.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        a.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(success)
                        .failureHandler(failure)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                audit.recordAs(
                                        auth.getName(),
                                        AuditLog.LOGOUT,
                                        "user",
                                        LoginAttempts.key(auth.getName()),
                                        null,
                                        null,
                                        null);
                            }
                        }))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(SecurityConfiguration::headers)
                .httpBasic(b -> b.disable());
        return http.build();
    }

    /**
     * Browser hardening for pages and API alike: a Content-Security-Policy without inline scripts or
     * styles, no framing, no referrer to other sites, no MIME sniffing (Spring's default), HSTS on HTTPS
     * (Spring's default, for secure requests only).
     */
    static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny());
    }

    /**
     * An API write that must carry a CSRF token: one that relies on the browser's session. A request with
     * credentials of its own ({@code Authorization}) is authenticated by them alone — a cross-site page
     * cannot send that header — unless the browser says it comes from another site.
     */
    static boolean sessionWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return true;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }
}
