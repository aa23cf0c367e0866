package org.lantu.web.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.TaskComment;
import org.lantu.monitor.TaskProgressService;
import org.lantu.monitor.TaskReport;
import org.lantu.monitor.TaskReportInput;
import org.lantu.monitor.TaskStatusView;
import org.lantu.web.ScopedPlans;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Task progress: the lead unit's reports per period and the supporting units' comments. */
@RestController
@RequestMapping(path = "/api/plans/{id}/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskProgressApiController {

    private final TaskProgressService tasks;
    private final ScopedPlans plans;

    TaskProgressApiController(TaskProgressService tasks, ScopedPlans plans) {
        this.tasks = tasks;
        this.plans = plans;
    }

    @ExceptionHandler(MonitorException.class)
    ResponseEntity<Map<String, Object>> refused(MonitorException e) {
        return MonitorErrors.of(e);
    }

    /** Every task of the plan with its latest report up to the year. */
    @GetMapping
    List<TaskStatusView> list(@PathVariable long id, @RequestParam int year) {
        plans.plan(id).orElseThrow(() -> ApiException.notFound("plan " + id));
        return tasks.tasksOf(id, year);
    }

    @GetMapping("/{item}/reports")
    List<TaskReport> reports(@PathVariable long id, @PathVariable String item) {
        return tasks.reports(id, item);
    }

    @PostMapping(path = "/{item}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaskReport> report(
            @PathVariable long id, @PathVariable String item, @RequestBody TaskReportInput body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.report(id, item, body));
    }

    @GetMapping("/{item}/comments")
    List<TaskComment> comments(@PathVariable long id, @PathVariable String item) {
        return tasks.comments(id, item);
    }

    record CommentRequest(@Nullable String body) {}

    @PostMapping(path = "/{item}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaskComment> comment(
            @PathVariable long id, @PathVariable String item, @RequestBody CommentRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tasks.comment(id, item, body.body() == null ? "" : body.body()));
    }
}
