package org.standpoint.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over a size limit before anything reads them: Fuseki reads a posted query or update whole
 * into memory, so without a limit one client could exhaust the heap. A body of unknown length (chunked) is refused
 * too, since its size is only known once it has been read, and so is a compressed one, whose size on the wire says
 * nothing of its size once inflated. URLs are limited by Jetty itself (8 KB of headers), so a
 * GET query cannot grow past that either.
 */
final class RequestLimit implements Filter {
    /** Largest public request body: far above any real SPARQL query, far below what strains the heap. */
    static final long MAX_QUERY_BYTES = 1024 * 1024;
    /** Largest authenticated update: bulk corrections may be big, but they come from people with a password. */
    static final long MAX_UPDATE_BYTES = 64L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        long length = http.getContentLengthLong();
        boolean body = !"GET".equals(http.getMethod()) && !"HEAD".equals(http.getMethod())
                && !"OPTIONS".equals(http.getMethod());
        long limit = http.getRequestURI().startsWith(StandpointServer.DATASET + "/" + ReadOnlyService.UPDATE)
                ? MAX_UPDATE_BYTES : MAX_QUERY_BYTES;
        // any transfer coding, not just a bare "chunked": "gzip, chunked" is of unknown length too
        if (body && http.getHeader("Transfer-Encoding") != null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_LENGTH_REQUIRED,
                    "a request body needs a Content-Length (at most " + limit + " bytes)");
            return;
        }
        String encoding = http.getHeader("Content-Encoding");
        if (body && encoding != null && !"identity".equalsIgnoreCase(encoding.strip())) {
            // the limit counts bytes on the wire; 400 KB of gzip inflate to 400 MB, outside any query timeout
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "compressed request bodies are not accepted (Content-Encoding: " + encoding + ")");
            return;
        }
        if (length > limit) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body of " + length + " bytes, limit " + limit);
            return;
        }
        chain.doFilter(request, response);
    }
}
