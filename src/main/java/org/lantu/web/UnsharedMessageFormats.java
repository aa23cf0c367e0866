package org.lantu.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages ({@code messages*.properties}) as Boot's message source reads them, but a message with
 * arguments formatted by a copy of its parsed {@link MessageFormat} rather than by the one the source caches.
 * Spring formats under {@code synchronized} on the format it returns, so with the shared one every thread that
 * renders a plan page's header ({@code plan.size}, {@code plan.versionOf}, {@code history.heading} …) queues on
 * the same handful of monitors; a thread preempted inside one (two cores, hundreds of request threads) holds
 * up all the others (JFR of the 300-session load, issue 8). A copy is a few object copies, cheaper than the
 * parse the cache saves; messages without arguments are not formatted at all and come from the bundle as
 * before.
 */
class UnsharedMessageFormats extends ResourceBundleMessageSource {

    @Override
    protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        // never formatted itself, so copying it races with nothing
        return shared == null ? null : (MessageFormat) shared.clone();
    }
}
