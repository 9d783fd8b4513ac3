package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.parallax.model.Rejected;
import org.parallax.store.Job;

import java.time.Duration;
import java.util.List;

/** Uploads being analysed: {@code GET /api/jobs/{id}} and the upload's page {@code /jobs/{id}}. */
final class JobRoutes {
    static final int MAX_WAIT = 60;
    private final Library library;

    JobRoutes(Library library) {
        this.library = library;
    }

    /** {@code GET /api/jobs/{id}[?wait=SECONDS]}: the job's state; with {@code wait}, answers when done or after that long. */
    void api(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        int wait = wait(ctx.queryParam("wait"));
        Library.JobStatus status = (wait > 0 ? library.awaitJob(id, Duration.ofSeconds(wait)) : library.job(id))
                .orElseThrow(() -> WebError.notFound("no job " + id));
        Json.send(ctx, 200, json(status));
    }

    /** {@code GET /jobs/{id}}: what an upload from the form became; kept current by the page's script. */
    void page(Context ctx) {
        String id = Ids.checked(ctx.pathParam("id"));
        Library.JobStatus status = library.job(id).orElseThrow(() -> WebError.notFound("no upload " + id));
        ctx.html(Pages.job(status, library.catalog()));
    }

    static ObjectNode json(Library.JobStatus status) {
        Job job = status.job();
        ObjectNode out = Json.object();
        out.put("id", job.id());
        out.put("state", status.state());
        out.put("origin", job.origin());
        out.set("articles", Json.MAPPER.valueToTree(job.articles()));
        out.put("analysed", status.analysed());
        out.set("stories", Json.MAPPER.valueToTree(job.stories()));
        rejected(out.putArray("rejected"), job.rejected());
        rejected(out.putArray("failed"), status.failed());
        out.put("created", job.created().toString());
        out.put("finished", job.finished() == null ? null : job.finished().toString());
        return out;
    }

    private static void rejected(ArrayNode array, List<Rejected> rejected) {
        for (Rejected r : rejected) {
            array.addObject().put("source", r.source()).put("problem", r.problem());
        }
    }

    private static int wait(String value) {
        if (value == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0 || n > MAX_WAIT) {
                throw WebError.badRequest("wait must be 0.." + MAX_WAIT + " seconds");
            }
            return n;
        } catch (NumberFormatException e) {
            throw WebError.badRequest("wait must be a number of seconds, 0.." + MAX_WAIT);
        }
    }
}
