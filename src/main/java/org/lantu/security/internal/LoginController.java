package org.lantu.security.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page ({@code templates/login.html}); Spring Security handles {@code POST /login}. */
@Controller
class LoginController {

    private final boolean publicRead;

    LoginController(Environment environment) {
        this.publicRead = environment.getProperty("lantu.web.public-read", Boolean.class, false);
    }

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) @Nullable String error,
            @RequestParam(name = "logout", required = false) @Nullable String logout,
            Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("logout", logout != null);
        model.addAttribute("publicRead", publicRead);
        return "login";
    }
}
