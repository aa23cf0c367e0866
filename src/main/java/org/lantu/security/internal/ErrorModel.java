package org.lantu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.lantu.audit.AuditLog;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's model has the request id ({@code requestId}, shown on error pages); a database outage in
 * any controller goes on to {@link RequestIds}, which answers 503, instead of becoming a 500 of some
 * module's catch-all handler.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorModel {

    @ModelAttribute
    void requestId(HttpServletRequest request, Model model) {
        if (request.getAttribute(AuditLog.REQUEST_ID) instanceof String id) {
            model.addAttribute("requestId", id);
        }
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    void unavailable(RuntimeException e) {
        throw e;
    }
}
