package org.lantu.web;

import org.lantu.security.AccessService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model has: the {@code views} helpers (for attributes where bean references are not
 * allowed) and the logged-in user, if any.
 */
@ControllerAdvice
class PageModel {

    private final Views views;
    private final AccessService access;

    PageModel(Views views, AccessService access) {
        this.views = views;
        this.access = access;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("views", views);
        model.addAttribute("currentUser", access.current().orElse(null));
    }
}
