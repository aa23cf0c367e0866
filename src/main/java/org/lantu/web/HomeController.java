package org.lantu.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanSummary;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home page (the unit tree and its plans) and importing documents from the browser. */
@Controller
class HomeController {

    private final RegionService regions;
    private final ImportService imports;
    private final ScopedPlans scoped;

    HomeController(RegionService regions, ImportService imports, ScopedPlans scoped) {
        this.regions = regions;
        this.imports = imports;
        this.scoped = scoped;
    }

    @GetMapping("/")
    String home(Model model) {
        List<PlanSummary> all = scoped.plans();
        model.addAttribute("tree", UnitNode.tree(regions.all(), all));
        model.addAttribute(
                "unfiled", all.stream().filter(p -> p.unitId() == null).toList());
        model.addAttribute("planCount", all.size());
        return "home";
    }

    /**
     * Imports the files of a {@code multipart/form-data} request (parts named {@code file}). The page's
     * script sends one file per request and shows the returned list item; without scripts, the whole form
     * is sent and the home page shows the results.
     */
    @PostMapping("/import")
    String importFiles(
            @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
            @RequestHeader(name = "X-Requested-With", required = false) @Nullable String requestedWith,
            @Nullable Principal principal,
            Model model,
            RedirectAttributes redirect) {
        List<ImportResult> results = new ArrayList<>();
        String user = CurrentUser.name(principal);
        for (MultipartFile file : files != null ? files : List.<MultipartFile>of()) {
            String name = baseName(file.getOriginalFilename());
            if (name.isEmpty() && file.isEmpty()) {
                continue;
            }
            try {
                results.add(imports.importDocument(name, file.getBytes(), user, scoped::canWrite));
            } catch (IOException e) {
                results.add(failed(name, "the upload could not be read"));
            }
        }
        if (results.isEmpty()) {
            results.add(failed("", null));
        }
        if ("XMLHttpRequest".equals(requestedWith)) {
            model.addAttribute("results", results);
            return "home :: results";
        }
        redirect.addFlashAttribute("results", results);
        return "redirect:/";
    }

    private static ImportResult failed(String file, @Nullable String reason) {
        return new ImportResult(file, "failed", null, null, null, null, null, null, reason);
    }

    /** The file name without any folder a browser may send along. */
    static String baseName(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).strip();
    }
}
