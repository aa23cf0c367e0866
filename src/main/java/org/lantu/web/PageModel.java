package org.lantu.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's model has: the {@code views} helpers, for attributes where bean references are not allowed. */
@ControllerAdvice
class PageModel {

    private final Views views;

    PageModel(Views views) {
        this.views = views;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("views", views);
    }
}
