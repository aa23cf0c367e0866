package org.lantu.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Chinese by default; {@code ?lang=en} (or {@code zh}) switches and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANG_PARAM = "lang";
    static final String LANG_COOKIE = "lantu-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * The message source Boot would make from {@code spring.messages.*} ({@code MessageSourceAutoConfiguration}
     * steps back for a bean of this name), with each message's format copied for the call: see {@link
     * UnsharedMessageFormats}.
     */
    @Bean
    MessageSource messageSource(Environment environment) {
        UnsharedMessageFormats source = new UnsharedMessageFormats();
        source.setBasenames(StringUtils.commaDelimitedListToStringArray(
                StringUtils.trimAllWhitespace(environment.getProperty("spring.messages.basename", "messages"))));
        source.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
        source.setFallbackToSystemLocale(
                environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
        source.setAlwaysUseMessageFormat(
                environment.getProperty("spring.messages.always-use-message-format", Boolean.class, false));
        source.setUseCodeAsDefaultMessage(
                environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false));
        return source;
    }

    /**
     * Boot turns the resource chain on (webjars-locator-lite is present) and with it a filter that runs
     * every link a page writes through the static resource resolvers, a class-path lookup in the jar for
     * each {@code /plans/…} link: most of a task list's render time. Links need no rewriting here (no
     * content-hash versions; version-less {@code /webjars/} paths are resolved when requested), so the
     * filter is registered switched off, which also keeps Boot from registering its own.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANG_PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
