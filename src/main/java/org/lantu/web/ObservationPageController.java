package org.lantu.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.ImportReport;
import org.lantu.monitor.IndicatorRegistry;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.ObservationRow;
import org.lantu.monitor.ObservationService;
import org.lantu.monitor.ObservationTemplates;
import org.lantu.monitor.ObservationUpdate;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.security.AccessService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's observations (监测数据填报): the list, a form to add or change a value with its source and note,
 * submit, approve, lock a year, and the Excel template to download and upload. Every refusal comes back as
 * a message on the page.
 */
@Controller
class ObservationPageController {

    private final ObservationService observations;
    private final ObservationTemplates templates;
    private final IndicatorRegistry registry;
    private final RegionService regions;
    private final AccessService access;

    ObservationPageController(
            ObservationService observations,
            ObservationTemplates templates,
            IndicatorRegistry registry,
            RegionService regions,
            AccessService access) {
        this.observations = observations;
        this.templates = templates;
        this.registry = registry;
        this.regions = regions;
        this.access = access;
    }

    private AdminUnit unit(long id) {
        return regions.byId(id).filter(u -> access.canRead(u.id())).orElseThrow(PlanController::notFound);
    }

    @GetMapping("/units/{id}/observations")
    String page(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, Model model) {
        AdminUnit unit = unit(id);
        List<AdminUnit> ancestry = new ArrayList<>(regions.ancestry(id));
        Collections.reverse(ancestry);
        int templateYear = year != null ? year : java.time.Year.now().getValue() - 1;
        model.addAttribute("unit", unit);
        model.addAttribute("ancestry", ancestry);
        model.addAttribute("year", year);
        model.addAttribute("templateYear", templateYear);
        List<org.lantu.monitor.Observation> list = observations.find(id, null, year, null);
        model.addAttribute("observations", list);
        // the rows the caller may change or submit: no button for what the server would refuse
        model.addAttribute(
                "changeable",
                list.stream()
                        .filter(observations::mayChange)
                        .map(org.lantu.monitor.Observation::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayReport", observations.mayReport());
        model.addAttribute("indicators", registry.indicatorsOfUnit(id));
        model.addAttribute("locks", observations.locks(id));
        model.addAttribute("canApprove", access.canWrite(id));
        return "observations";
    }

    private static String back(long id) {
        return "redirect:/units/" + id + "/observations";
    }

    private static void refused(RedirectAttributes redirect, MonitorException e) {
        redirect.addFlashAttribute("monitorError", e.getMessage());
    }

    @PostMapping("/units/{id}/observations")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long observation,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        AdminUnit unit = unit(id);
        try {
            if (observation != null) {
                BigDecimal v;
                try {
                    v = new BigDecimal(java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC)
                            .strip()
                            .replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new MonitorException(
                            MonitorException.Kind.INVALID, "不是数字：" + value + "。 Not a number: " + value + ".");
                }
                observations.update(observation, new ObservationUpdate(v, source, note, version, reason));
            } else {
                observations.record(new ObservationRow(
                        null,
                        1,
                        unit.code() != null ? unit.code() : unit.name(),
                        indicator,
                        year,
                        null,
                        value,
                        source,
                        note,
                        Map.of()));
            }
            redirect.addFlashAttribute("monitorDone", "observations.saved");
        } catch (MonitorException e) {
            refused(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/units/{id}/observations/{observation}/submit")
    String submit(
            @PathVariable long id,
            @PathVariable long observation,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        unit(id);
        try {
            observations.submit(observation, version);
            redirect.addFlashAttribute("monitorDone", "observations.submitted");
        } catch (MonitorException e) {
            refused(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/units/{id}/observations/{observation}/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long observation,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        unit(id);
        try {
            observations.approve(observation, version);
            redirect.addFlashAttribute("monitorDone", "observations.approved");
        } catch (MonitorException e) {
            refused(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/units/{id}/observations/locks")
    String lock(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
        unit(id);
        try {
            observations.lock(id, year);
            redirect.addFlashAttribute("monitorDone", "observations.locked");
        } catch (MonitorException e) {
            refused(redirect, e);
        }
        return back(id);
    }

    @PostMapping("/units/{id}/observations/template")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        unit(id);
        try {
            if (file.getSize() > org.lantu.web.api.ApiException.SPREADSHEET_LIMIT) {
                throw new org.springframework.web.server.ResponseStatusException(
                        HttpStatus.CONTENT_TOO_LARGE, "spreadsheets are limited to 20 MB");
            }
            ImportReport report = templates.upload(id, file.getBytes());
            redirect.addFlashAttribute("report", report);
            if (report.applied()) {
                redirect.addFlashAttribute("monitorDone", "observations.uploaded");
            }
        } catch (MonitorException e) {
            refused(redirect, e);
        }
        return back(id);
    }
}
