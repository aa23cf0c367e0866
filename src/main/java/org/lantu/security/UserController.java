package org.lantu.security;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.lantu.security.UserException.Reason;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/users} ({@code {"username", "password", "role", "unit", "departments"}}): 201 with the
 * user, 400 for bad input (an unknown unit, a weak password …), 403 when the caller may not create that
 * user, 409 when the name is taken.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserService users;
    private final AccessService access;

    UserController(UserService users, AccessService access) {
        this.users = users;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<UserSummary> create(@RequestBody(required = false) @Nullable CreateUser body) {
        CurrentUser caller = access.current().orElseThrow();
        if (body == null) {
            throw new UserException(Reason.INVALID, "请求体须为 JSON 对象。The body must be a JSON object.");
        }
        if (body.password() == null) {
            throw new UserException(Reason.INVALID, "请提供密码。A password is required.");
        }
        CreatedUser created = users.create(body, caller);
        return ResponseEntity.created(URI.create("/api/users/" + created.user().id()))
                .body(created.user());
    }
}
