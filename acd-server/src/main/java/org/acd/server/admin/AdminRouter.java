package org.acd.server.admin;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API's one business handler: matches method and path to an {@link AdminApi} call (reads,
 * agent and call actions), the wallboard's board, the live stream, the metrics or the
 * {@link ReportEndpoint reports}, and writes the answer. Runs on the admin event loop; answers that
 * wait for the engine are written back on that loop. Stateless, so one serves every connection.
 */
@ChannelHandler.Sharable
final class AdminRouter extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final String METRICS = "/metrics";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String AGENTS = "/api/agents";
    private static final String BOARD = "/api/wallboard";
    private static final List<String> READ_PATHS = List.of("/api/status", "/api/queues", AGENTS, "/api/calls",
            BOARD, SnapshotStream.PATH, METRICS);
    private static final Logger LOG = LoggerFactory.getLogger(AdminRouter.class);

    private final AdminApi api;
    private final SnapshotSampler sampler;
    private final AdminMetrics metrics;
    private final ReportEndpoint reports;
    private final ConfigReloadEndpoint reload;
    private final WallboardSource board;

    AdminRouter(AdminApi api, SnapshotSampler sampler, AdminMetrics metrics, ReportEndpoint reports,
                ConfigReloadEndpoint reload, WallboardSource board) {
        this.api = api;
        this.sampler = sampler;
        this.metrics = metrics;
        this.reports = reports;
        this.reload = reload;
        this.board = board;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = new QueryStringDecoder(request.uri()).rawPath();
        try {
            route(ctx, request, path);
        } catch (ApiException e) {
            JsonResponses.send(ctx, HttpUtil.isKeepAlive(request), e.toResponse());
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
        Optional<AgentActionPath> action = AgentActionPath.parse(path);
        if (action.isPresent()) {
            requireMethod(request, path, HttpMethod.POST);
            String body = request.content().toString(StandardCharsets.UTF_8);
            answer(ctx, request, api.agentAction(action.get().agentId(), action.get().action(), body));
            return;
        }
        if (path.equals(ConfigReloadEndpoint.PATH)) {
            requireMethod(request, path, HttpMethod.POST);
            answer(ctx, request, reload.reload());
            return;
        }
        Optional<CallActionPath> callAction = CallActionPath.parse(path);
        if (callAction.isPresent()) {
            requireMethod(request, path, HttpMethod.POST);
            String body = request.content().toString(StandardCharsets.UTF_8);
            answer(ctx, request, api.callAction(callAction.get().callId(), callAction.get().action(), body,
                    ctx.executor()));
            return;
        }
        if (ReportEndpoint.serves(path)) {
            requireMethod(request, path, HttpMethod.GET);
            reports.answer(ctx, request, path);
            return;
        }
        if (!READ_PATHS.contains(path)) {
            throw new ApiException(HttpResponseStatus.NOT_FOUND, "no endpoint at " + path);
        }
        requireMethod(request, path, HttpMethod.GET);
        switch (path) {
            case "/api/status" -> answer(ctx, request, api.status());
            case "/api/queues" -> answer(ctx, request, api.queues());
            case AGENTS -> answer(ctx, request, api.agents());
            case "/api/calls" -> answer(ctx, request, api.calls());
            case BOARD -> answer(ctx, request, api.snapshot().thenApply(board::board));
            case SnapshotStream.PATH -> SnapshotStream.open(ctx, sampler, api::wallboard);
            default -> JsonResponses.send(ctx, HttpUtil.isKeepAlive(request), JsonResponses.response(
                    HttpResponseStatus.OK, PROMETHEUS_TEXT, metrics.scrape().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void requireMethod(FullHttpRequest request, String path, HttpMethod allowed) {
        if (!request.method().equals(allowed)) {
            throw ApiException.methodNotAllowed(path, allowed);
        }
    }

    private static void answer(ChannelHandlerContext ctx, FullHttpRequest request, CompletableFuture<?> body) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        body.whenCompleteAsync((answer, failure) -> {
            if (failure == null) {
                JsonResponses.send(ctx, keepAlive, JsonResponses.response(HttpResponseStatus.OK, "application/json",
                        JsonResponses.json(answer)));
                return;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ApiException api) {
                JsonResponses.send(ctx, keepAlive, api.toResponse());
            } else {
                LOG.error("an admin API request failed", cause);
                JsonResponses.send(ctx, false, JsonResponses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                        "internal error: " + cause.getClass().getSimpleName()));
            }
        }, ctx.executor());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.error("the admin API failed on a request; its connection is closed", cause);
        JsonResponses.sendErrorAndClose(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR,
                "internal error: " + cause.getClass().getSimpleName());
    }
}
