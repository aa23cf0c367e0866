package org.lantu.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search box's target. Search itself comes later; the page says so rather than pretend. */
@Controller
class SearchController {

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
        model.addAttribute("query", query == null ? "" : query.strip());
        return "search";
    }
}
