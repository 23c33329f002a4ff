package se.delbart.shared.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses request bodies above {@link WebLimits#maxRequestBody()} with 413 problem+json, before security and
 * before anything reads them: a declared Content-Length is checked at once; a body without one (chunked) is counted
 * while it is read, and reading past the limit fails with {@link TooLarge}, which {@link ApiProblemHandler} turns
 * into the same 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@org.springframework.boot.context.properties.EnableConfigurationProperties(WebLimits.class)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ObjectMapper json;

    RequestBodyLimitFilter(WebLimits limits, ObjectMapper json) {
        this.limit = limits.maxRequestBody().toBytes();
        this.json = json;
    }

    static ProblemDetail problem(long limit) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.CONTENT_TOO_LARGE, "Request body too large",
                "The request body is larger than the " + limit + " bytes this service accepts.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit && isPage(request)) {
            // a person's form post (a publiccode.yml upload, say): the error page in their language, not JSON
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (declared > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // the rest of the body is not read: the connection cannot be reused
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.getOutputStream().write(json.writeValueAsBytes(problem(limit)));
            response.flushBuffer();
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit) : request, response);
    }

    /** A browser's request for a page (not the API): it gets the HTML error page. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** Thrown while reading a body that turns out to be larger than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
