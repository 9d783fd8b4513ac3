package org.parallax.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.parallax.ingest.Batch;
import org.parallax.model.Rejected;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Adding articles: {@code POST /api/articles} (JSON) and the upload/paste form ({@code POST /ingest}). */
final class IngestRoutes {
    private final Library library;
    private final ArticleInput input;
    private final long maxRequestBytes;

    IngestRoutes(Library library, WebConfig config) {
        this.library = library;
        this.input = new ArticleInput(config.maxArticleBytes());
        this.maxRequestBytes = config.maxRequestBytes();
    }

    /**
     * {@code POST /api/articles}: one article object, an array, or JSON Lines. Stored at once; answered
     * {@code 202} with the job analysing them ({@code GET /api/jobs/{id}}), the ids stored and the inputs refused.
     */
    void api(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("json") && !type.startsWith("text/plain")) {
            throw new WebError(415, "send JSON (Content-Type: application/json or application/x-ndjson), not " + type);
        }
        Library.Receipt receipt = library.submit(input.fromJson(body(ctx)), "api");
        ObjectNode out = Json.object();
        if (receipt.job() != null) {
            out.put("job", receipt.job());
            out.put("status", "/api/jobs/" + receipt.job());
        }
        out.set("ids", Json.MAPPER.valueToTree(receipt.ids()));
        ArrayNode rejected = out.putArray("rejected");
        for (Rejected r : receipt.rejected()) {
            rejected.addObject().put("source", r.source()).put("problem", r.problem());
        }
        if (receipt.job() == null) {
            out.putObject("error").put("status", 422).put("message", "no article could be read: see \"rejected\"");
            Json.send(ctx, 422, out);
        } else {
            ctx.header("Location", "/api/jobs/" + receipt.job());
            Json.send(ctx, 202, out);
        }
    }

    /**
     * {@code POST /ingest}: files and/or pasted text from the home page's form. Stored at once; the browser
     * goes to the upload's page, which follows the analysis.
     */
    void form(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) {
            throw new WebError(415, "send the form as multipart/form-data");
        }
        Batch batch = new Batch(java.util.List.of(), java.util.List.of());
        if (type.startsWith("multipart/")) {
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                if (f.size() == 0 && (f.filename() == null || f.filename().isEmpty())) {
                    continue; // the empty part a browser sends when no file was chosen
                }
                batch = batch.plus(input.fromUpload(f.filename(), read(f)));
            }
        }
        batch = batch.plus(input.fromPaste(ctx.formParam("text"), ctx.formParam("title"), ctx.formParam("outlet")))
                .distinctIds();
        if (batch.articles().isEmpty() && batch.rejected().isEmpty()) {
            throw WebError.badRequest("choose a file or paste an article first");
        }
        Library.Receipt receipt = library.submit(batch, "form");
        if (receipt.job() == null) {
            ctx.status(422).html(Pages.nothingAdded(receipt.rejected()));
            return;
        }
        ctx.redirect("/jobs/" + receipt.job(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private byte[] body(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null && length.length() > 18 || length != null && length.matches("\\d+") && Long.parseLong(length) > maxRequestBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
            if (bytes.length > maxRequestBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw WebError.badRequest("could not read the request body: " + e.getMessage());
        }
    }

    private WebError tooLarge() {
        return new WebError(413, "request is over the limit of " + maxRequestBytes + " bytes: send fewer articles at a time");
    }

    private byte[] read(UploadedFile f) {
        try (InputStream in = f.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
