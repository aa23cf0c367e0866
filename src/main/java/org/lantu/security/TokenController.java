package org.lantu.security;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.security.UserException.Reason;
import org.lantu.security.internal.ApiTokenAuthentication;
import org.lantu.security.internal.ApiTokens;
import org.lantu.security.internal.JsonErrors.ErrorBody;
import org.lantu.security.internal.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in user's personal API tokens: {@code POST /api/tokens} issues one (its secret is in this
 * answer only), {@code GET /api/tokens} lists them without secrets, {@code DELETE /api/tokens/{id}}
 * revokes one. A token cannot issue tokens: that takes the password (session or Basic), so that a leaked
 * token cannot outlive its revocation through tokens it made.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

    /** The body of {@code POST /api/tokens}. */
    record NewToken(@Nullable String name) {}

    private final ApiTokens tokens;
    private final UserStore users;
    private final AccessService access;
    private final AuditLog audit;

    TokenController(ApiTokens tokens, UserStore users, AccessService access, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping
    @Transactional
    ResponseEntity<ApiTokens.Issued> create(@RequestBody(required = false) @Nullable NewToken body) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new UserException(
                    Reason.FORBIDDEN,
                    "API 令牌不能创建令牌，请用密码登录（会话或 HTTP Basic）。"
                            + "A token cannot create tokens: log in with your password (session or HTTP Basic).");
        }
        String name = body == null || body.name() == null || body.name().isBlank()
                ? "API token"
                : body.name().strip();
        if (name.length() > 100) {
            throw new UserException(Reason.INVALID, "令牌名称最多 100 个字符。A token name has at most 100 characters.");
        }
        ApiTokens.Issued issued = tokens.issue(userId(), name);
        audit.record(AuditLog.TOKEN_CREATE, "token", String.valueOf(issued.id()), null, Map.of("name", name), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(issued);
    }

    @GetMapping
    List<ApiTokens.TokenInfo> list() {
        return tokens.list(userId());
    }

    @DeleteMapping("/{id}")
    @Transactional
    ResponseEntity<?> revoke(@PathVariable("id") long id) {
        if (!tokens.revoke(userId(), id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(new ErrorBody("not_found", "没有这个令牌。You have no token " + id + "."));
        }
        audit.record(AuditLog.TOKEN_REVOKE, "token", String.valueOf(id), null, null, null);
        return ResponseEntity.noContent().build();
    }

    private long userId() {
        String username = access.current().orElseThrow().username();
        return users.byUsername(username).orElseThrow().id();
    }
}
