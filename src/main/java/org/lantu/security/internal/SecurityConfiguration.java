package org.lantu.security.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.lantu.security.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
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
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final boolean publicRead;

    SecurityConfiguration(Environment environment) {
        this.publicRead = environment.getProperty("lantu.web.public-read", Boolean.class, false);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
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

    @Bean
    JsonErrors jsonErrors() {
        return new JsonErrors();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, JsonErrors errors) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    a.requestMatchers("/api/tokens", "/api/tokens/**", "/api/users", "/api/users/**")
                            .authenticated();
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
                .formLogin(f -> f.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failure.setAllowSessionCreation(false);
        http.authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    a.requestMatchers(PUBLIC_ASSETS).permitAll();
                    a.requestMatchers("/login", "/error").permitAll();
                    if (publicRead) {
                        a.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        a.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failure)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .httpBasic(b -> b.disable());
        return http.build();
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
