package org.acd.server.admin;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Who may see the web wallboard. A browser's {@code EventSource} cannot send an Authorization header,
 * so the wall screen is opened once as {@code /wallboard?token=TOKEN}: the token is checked (in
 * constant time) and exchanged for a cookie, {@code HttpOnly} (no script reads it),
 * {@code SameSite=Strict} (no other site's page sends it) and {@code Path=/wallboard} (the browser
 * sends it nowhere else), and the answer redirects to {@code /wallboard}, so the token leaves the
 * address bar. The cookie holds a value derived from the token ({@link AdminToken#derive}), not the
 * token, and is accepted under {@code /wallboard} only: it opens the board, never the rest of the
 * API. The bearer header is accepted there too. Immutable; admin event loop.
 */
final class WallboardAccess {

    static final String PATH = "/wallboard";
    static final String COOKIE = "acd_wallboard";
    static final String TOKEN_PARAMETER = "token";
    private static final String PURPOSE = "acd web wallboard v1";
    private static final String BEARER = "Bearer ";

    /** What {@code ?token=} of a request says. */
    enum QueryToken {
        ABSENT,
        RIGHT,
        WRONG
    }

    private final AdminToken token;
    private final byte[] cookieValue;

    WallboardAccess(AdminToken token) {
        this.token = token;
        this.cookieValue = token.derive(PURPOSE).getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether {@code path} is the wallboard's: its page or anything under it. */
    static boolean isWallboardPath(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    /** Whether the request carries the bearer token or the wallboard's cookie. */
    boolean allows(HttpRequest request) {
        return hasBearerToken(request) || hasCookie(request);
    }

    QueryToken queryToken(HttpRequest request) {
        List<String> values = new QueryStringDecoder(request.uri()).parameters().get(TOKEN_PARAMETER);
        if (values == null) {
            return QueryToken.ABSENT;
        }
        return values.size() == 1 && token.matches(values.get(0)) ? QueryToken.RIGHT : QueryToken.WRONG;
    }

    /** The {@code Set-Cookie} value that lets this browser in from now on, until it closes. */
    String issueCookie() {
        DefaultCookie cookie = new DefaultCookie(COOKIE, new String(cookieValue, StandardCharsets.US_ASCII));
        cookie.setHttpOnly(true);
        cookie.setSameSite(CookieHeaderNames.SameSite.Strict);
        cookie.setPath(PATH);
        return ServerCookieEncoder.STRICT.encode(cookie);
    }

    private boolean hasBearerToken(HttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && token.matches(header.substring(BEARER.length()).strip());
    }

    private boolean hasCookie(HttpRequest request) {
        boolean found = false;
        for (String header : request.headers().getAll(HttpHeaderNames.COOKIE)) {
            for (Cookie cookie : ServerCookieDecoder.STRICT.decode(header)) {
                found |= cookie.name().equals(COOKIE) && MessageDigest.isEqual(cookieValue,
                        cookie.value().getBytes(StandardCharsets.US_ASCII));
            }
        }
        return found;
    }
}
