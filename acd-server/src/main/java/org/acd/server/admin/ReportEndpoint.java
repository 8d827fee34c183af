package org.acd.server.admin;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.acd.core.reporting.CallerNumbers;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.queuelog.QueueLogWriter;
import org.acd.server.report.ReportFormat;
import org.acd.server.report.Sheet;
import org.acd.server.report.SheetRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/reports/NAME} (abandon, service, agents, abandoned-calls, ivr) and
 * {@code GET /api/export/queue-log}: reports recomputed from the running server's journal (its IVR
 * journal for the IVR report) by the same {@link org.acd.server.report.ReportQuery} as
 * {@code acd report}, and the journal as Asterisk's queue_log, streamed. Parameters are checked on the admin event loop; the journal is read on one
 * thread of its own, {@code acd-admin-reports}, one request at a time with a few waiting, so a long
 * report never holds up the API; more are refused with a 503.
 */
final class ReportEndpoint implements AutoCloseable {

    static final String QUEUE_LOG = "/api/export/queue-log";
    /** Requests waiting behind the one being computed, at most. */
    static final int MAX_WAITING = 4;
    private static final List<String> EXPORT_PARAMETERS = List.of(ReportParameters.FROM, ReportParameters.TO);
    private static final Logger LOG = LoggerFactory.getLogger(ReportEndpoint.class);

    private final Path journalDirectory;
    private final List<String> queues;
    private final List<String> tiers;
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), task -> {
                Thread reports = new Thread(task, "acd-admin-reports");
                reports.setDaemon(true);
                return reports;
            });

    ReportEndpoint(Path journalDirectory, RoutingConfig config) {
        this.journalDirectory = journalDirectory;
        this.queues = config.queues().stream().map(QueueConfig::id).toList();
        this.tiers = config.tiers().stream().map(TierConfig::id).toList();
    }

    static boolean serves(String path) {
        return path.startsWith(ReportRequest.PATH) || path.equals(QUEUE_LOG);
    }

    /** Checks the request and answers it once its journal is read; admin event loop. */
    void answer(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        if (path.equals(QUEUE_LOG)) {
            ReportParameters read = new ReportParameters("the queue_log export", uri.parameters(), EXPORT_PARAMETERS);
            long fromMs = read.timeMs(ReportParameters.FROM, Long.MIN_VALUE);
            long toMs = read.timeMs(ReportParameters.TO, Long.MAX_VALUE);
            ReportParameters.checkWindow(fromMs, toMs);
            try {
                thread.execute(() -> exportQueueLog(ctx, fromMs, toMs));
            } catch (RejectedExecutionException e) {
                throw busy();
            }
            return;
        }
        ReportRequest report = ReportRequest.parse(path.substring(ReportRequest.PATH.length()), uri.parameters(),
                queues, tiers);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        CompletableFuture<byte[]> rendered;
        try {
            rendered = CompletableFuture.supplyAsync(() -> render(report), thread);
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        rendered.whenCompleteAsync((body, failure) -> {
            if (failure == null) {
                JsonResponses.send(ctx, keepAlive, JsonResponses.response(HttpResponseStatus.OK,
                        report.format().mediaType(), body));
                return;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            LOG.error("the {} report failed", report.name(), cause);
            JsonResponses.send(ctx, false, JsonResponses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "internal error: the " + report.name() + " report failed (" + cause.getClass().getSimpleName()
                            + ")"));
        }, ctx.executor());
    }

    private byte[] render(ReportRequest report) {
        Sheet sheet = report.query().run(journalDirectory);
        if (report.format() == ReportFormat.JSON) {
            return JsonResponses.json(ReportAnswer.of(report.name(), report.query(), sheet));
        }
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            SheetRenderer.print(out, sheet, report.format());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Report thread: the queue_log, written to the client as it is read from the journal. */
    private void exportQueueLog(ChannelHandlerContext ctx, long fromMs, long toMs) {
        ChannelText body = new ChannelText(ctx.channel(), ReportFormat.QUEUE_LOG.mediaType());
        try {
            JournalKpis.readInto(journalDirectory, new QueueLogWriter(body, CallerNumbers.all(journalDirectory),
                    fromMs, toMs));
            body.finish();
        } catch (RuntimeException e) {
            body.fail("the queue_log export failed", e);
        }
    }

    private static ApiException busy() {
        return new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, "the server is computing "
                + (MAX_WAITING + 1) + " reports already; try again when they are done");
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
