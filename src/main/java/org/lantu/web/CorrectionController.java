package org.lantu.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Comparator;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.StaleCorrectionException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A planner corrects one field of an extracted item, with a reason; the extraction and every revision
 * stay (see {@code PlanService.correct}). After the change the browser returns to the item.
 */
@Controller
class CorrectionController {

    /** What a planner may correct from the pages, and how the form's text becomes a value. */
    enum Kind {
        TEXT,
        NUMBER,
        YEAR,
        COMPARATOR,
        UNITS
    }

    static final Map<String, Kind> FIELDS = Map.ofEntries(
            Map.entry("name", Kind.TEXT),
            Map.entry("unit", Kind.TEXT),
            Map.entry("target.raw", Kind.TEXT),
            Map.entry("target.value", Kind.NUMBER),
            Map.entry("target.comparator", Kind.COMPARATOR),
            Map.entry("indicator", Kind.TEXT),
            Map.entry("value", Kind.NUMBER),
            Map.entry("year", Kind.YEAR),
            Map.entry("comparator", Kind.COMPARATOR),
            Map.entry("units_normalized", Kind.UNITS),
            Map.entry("lead", Kind.TEXT));

    private static final List<String> RETURN_TABS = List.of("indicators", "targets", "tasks");

    private final PlanService plans;
    private final ScopedPlans scoped;

    CorrectionController(PlanService plans, ScopedPlans scoped) {
        this.plans = plans;
        this.scoped = scoped;
    }

    @PostMapping("/items/{itemId}/corrections")
    String correct(
            @PathVariable long itemId,
            @RequestParam String field,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam long plan,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "indicators") String tab,
            @RequestParam(required = false) @Nullable Integer revision,
            @Nullable Principal principal,
            RedirectAttributes redirect) {
        // an item of a plan out of the caller's scope does not exist for them; a visible one they may
        // not change is forbidden
        PlanSummary owner = scoped.planOfItem(itemId).orElseThrow(PlanController::notFound);
        if (!scoped.canWrite(owner)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.FORBIDDEN, "you may not correct this plan");
        }
        String error = null;
        Kind kind = FIELDS.get(field);
        if (kind == null) {
            error = "correction.error.field";
        } else if (reason.isBlank()) {
            error = "correction.error.reason";
        } else {
            JsonNode parsed = parse(kind, value);
            if (parsed == null) {
                error = "correction.error.value." + kind.name().toLowerCase(java.util.Locale.ROOT);
            } else {
                try {
                    plans.correct(itemId, field, parsed, reason, CurrentUser.name(principal), revision);
                    redirect.addFlashAttribute("corrected", itemId);
                } catch (StaleCorrectionException e) {
                    // someone corrected the item since this form was shown: nothing written, the page
                    // shows the item as it is now with the message
                    error = "correction.error.stale";
                } catch (NoSuchElementException e) {
                    throw PlanController.notFound();
                } catch (IllegalArgumentException e) {
                    error = "correction.error.field";
                }
            }
        }
        if (error != null) {
            redirect.addFlashAttribute("correctionError", error);
            redirect.addFlashAttribute("correctionItem", itemId);
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/plans/{id}")
                .queryParam("tab", RETURN_TABS.contains(tab) ? tab : "indicators");
        if (version != null) {
            back.queryParam("version", version);
        }
        return "redirect:" + back.fragment("item-" + itemId).build(plan);
    }

    /** The form's text as the field's JSON value, null when it does not read as one. */
    static @Nullable JsonNode parse(Kind kind, String raw) {
        if (raw.isBlank()) {
            return null;
        }
        // figures may come with full-width digits (６５): read them as such; text stays as typed
        String v = kind == Kind.TEXT || kind == Kind.UNITS
                ? raw.strip()
                : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        switch (kind) {
            case TEXT:
                return PlanJson.mapper().getNodeFactory().stringNode(v);
            case NUMBER:
                try {
                    return PlanJson.mapper().getNodeFactory().numberNode(new BigDecimal(v.replace(",", "")));
                } catch (NumberFormatException e) {
                    return null;
                }
            case YEAR:
                return v.matches("\\d{4}") ? PlanJson.mapper().getNodeFactory().numberNode(Integer.parseInt(v)) : null;
            case COMPARATOR:
                for (Comparator c : Comparator.values()) {
                    if (c.code().equals(v) || c.name().equalsIgnoreCase(v)) {
                        return PlanJson.mapper().getNodeFactory().stringNode(c.code());
                    }
                }
                return null;
            case UNITS:
                ArrayNode units = PlanJson.mapper().createArrayNode();
                for (String u : v.split("[、,，;；\\s]+")) {
                    if (!u.isBlank()) {
                        units.add(u.strip());
                    }
                }
                return units.isEmpty() ? null : units;
            default:
                return null;
        }
    }
}
