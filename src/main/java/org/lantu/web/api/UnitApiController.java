package org.lantu.web.api;

import java.util.List;
import java.util.Map;
import org.lantu.plan.ResponsibleUnit;
import org.lantu.plan.Task;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.web.ScopedPlans;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrative units and the responsible units (departments) registered under them. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class UnitApiController {

    private final RegionService regions;
    private final ScopedPlans plans;

    UnitApiController(RegionService regions, ScopedPlans plans) {
        this.regions = regions;
        this.plans = plans;
    }

    @GetMapping("/units")
    List<AdminUnit> units() {
        return regions.all();
    }

    @GetMapping("/units/{id}")
    AdminUnit unit(@PathVariable long id) {
        return regions.byId(id).orElseThrow(() -> ApiException.notFound("unit " + id));
    }

    /** The responsible units of an administrative unit and its descendants, each with its tasks. */
    record UnitResponsibilities(ResponsibleUnit unit, List<Task> tasks) {}

    @GetMapping("/units/{id}/responsibilities")
    List<UnitResponsibilities> responsibilities(@PathVariable long id) {
        unit(id);
        return plans.responsibleUnits(regions.withDescendants(id)).stream()
                .map(u -> new UnitResponsibilities(u, plans.tasksOf(u.id())))
                .toList();
    }

    @GetMapping("/responsible-units/{id}/tasks")
    Map<String, Object> tasks(@PathVariable long id) {
        ResponsibleUnit unit =
                plans.responsibleUnit(id).orElseThrow(() -> ApiException.notFound("responsible unit " + id));
        return Map.of("unit", unit, "tasks", plans.tasksOf(id));
    }
}
