/**
 * Access control (访问控制): users, roles and scopes, login (form, HTTP Basic, personal API tokens) and the
 * Spring Security configuration.
 *
 * <h2>Roles and scopes</h2>
 *
 * Every user has a {@link org.lantu.security.Role} and acts within an administrative unit and everything
 * below it ({@code RegionService.withDescendants}); an admin may have no unit, which means the whole tree.
 * A reporter is also given departments (责任单位): {@link org.lantu.security.AccessService#canReportFor}
 * tells whether the caller may report for a department of a plan under a unit (a reporter: its own
 * departments within its scope; planners and admins: all within theirs; viewers: none).
 *
 * <h2>Using it from another module</h2>
 *
 * Inject {@link org.lantu.security.AccessService} and ask it; never read Spring Security's context
 * yourself.
 *
 * <pre>{@code
 * // a list: filter in SQL by the readable units (null = no filter; an empty list = nothing)
 * List<Long> units = access.readableUnitIds();
 * if (units != null && units.isEmpty()) return List.of();
 * ... where (:all or unit_id in (:units))
 *
 * // one object: answer 404 (not 403) when it is outside the caller's scope, so that ids leak nothing
 * if (!access.canRead(plan.unitId())) throw new NotFound();
 *
 * // a change: 403 when the object is visible but the caller may not change it
 * if (!access.canWrite(plan.unitId())) throw new Forbidden();
 * String author = access.current().map(CurrentUser::username).orElseThrow();
 * }</pre>
 *
 * <h2>Login hardening, sessions, headers</h2>
 *
 * Password logins lock a user name for 15 minutes after 5 failures (also unknown names; the same answer
 * and timing whatever the reason), every login, failure, lockout and logout goes to the audit log
 * ({@code org.lantu.audit}). Sessions are kept in PostgreSQL (Spring Session JDBC), end after 30 minutes
 * idle and can all be ended at once ({@code POST /logout/everywhere}). Every answer carries a
 * Content-Security-Policy without inline scripts or styles, {@code X-Request-Id}, and 503 when the
 * database cannot be reached. Exports pass text cells through {@link org.lantu.security.Exports#safeCell}.
 * See {@code docs/security.md}.
 *
 * <p>In tests, act as someone by putting a {@link org.lantu.security.CurrentUser} in the security context:
 * {@code SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null,
 * user.role().authority()))}, or with MockMvc {@code .with(authentication(…))}.
 *
 * <p>URL rules: {@code /api/**} takes HTTP Basic, {@code Authorization: Bearer lantu_…} tokens or the
 * browser session (then with the CSRF token in the {@code X-CSRF-TOKEN} header for writes); every other
 * path is a page, redirected to {@code /login} without a login. Static assets ({@code /css/**}, {@code
 * /js/**}, {@code /webjars/**}, {@code /favicon.ico}) are public. With {@code lantu.web.public-read=true}
 * ({@code lantu serve --public}) anyone may GET pages and the API; writes still need a login. A page's
 * form gets its CSRF field by itself when it is written {@code th:action="@{…}" method="post"}; for htmx,
 * render {@code ${_csrf.token}} and {@code ${_csrf.headerName}} into the page.
 */
@NullMarked
package org.lantu.security;

import org.jspecify.annotations.NullMarked;
