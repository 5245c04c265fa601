package org.standpoint.serve.page;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;

/** {@code /browse}. */
final class HomeServlet extends HttpServlet {
    private final transient HomePage page;

    HomeServlet(HomePage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            ResourceServlet.html(resp, 200, page.render(req.getParameter("q")));
        } catch (QueryCancelledException timeout) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The page took too long to build");
        }
    }
}
