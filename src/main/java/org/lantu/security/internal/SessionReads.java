package org.lantu.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One session read per request. Spring Session commits the session when the response is committed (its
 * content length reached or its buffer full: every answer with a length, every page over 8 KB) and again
 * when the request ends; the first commit forgets the session it read, so the second reads it from the
 * store again, in a transaction of its own, only to compare ids (its save then writes nothing). Here a
 * request keeps the sessions it read, by id: the second commit gets the same object back, as the filter
 * had it before the first. An id that a save changed (the new id at login) is forgotten, so that the old
 * id reads as it does in the store; a deleted session is forgotten too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionReads {

    /** The sessions read in the current request, by the id asked for; absent outside a request. */
    private static final ThreadLocal<@Nullable Map<String, Session>> READ = new ThreadLocal<>();

    /** The session repository, with its reads kept for the request. */
    @Bean
    static BeanPostProcessor sessionReadOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice(new KeptReads());
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    /** Opens and closes the request's memory of sessions around Spring Session's filter. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadScope() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class Scope extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, Session> outer = READ.get();
            READ.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                READ.set(outer);
            }
        }
    }

    static final class KeptReads implements MethodInterceptor {
        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            Map<String, Session> read = READ.get();
            Object[] args = invocation.getArguments();
            if (read == null || args.length != 1) {
                return invocation.proceed();
            }
            switch (invocation.getMethod().getName()) {
                case "findById" -> {
                    String id = (String) args[0];
                    Session kept = read.get(id);
                    if (kept != null) {
                        return kept;
                    }
                    Object found = invocation.proceed();
                    if (found instanceof Session session) {
                        read.put(id, session);
                    }
                    return found;
                }
                case "save" -> {
                    Object result = invocation.proceed();
                    if (args[0] instanceof Session saved) {
                        read.entrySet()
                                .removeIf(e ->
                                        e.getValue() == saved && !e.getKey().equals(saved.getId()));
                    }
                    return result;
                }
                case "deleteById" -> {
                    read.remove((String) args[0]);
                    read.values().removeIf(s -> s.getId().equals(args[0]));
                    return invocation.proceed();
                }
                default -> {
                    return invocation.proceed();
                }
            }
        }
    }
}
