package org.standpoint.link;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A real Fuseki on a free port serving the Wikidata-shaped fixture at {@code /wikidata}, counting the requests it
 * gets and, on demand, failing the next few with 503 as an overloaded service would.
 */
public final class WikidataFixture implements AutoCloseable {
    static final String DATA = "src/test/resources/link/wikidata-fixture.ttl";

    private final FusekiServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();

    public WikidataFixture() {
        this(DATA);
    }

    /** Serves the Turtle file {@code data} instead of the seed article's fixture. */
    public WikidataFixture(String data) {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, data);
        Filter counting = new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                    throws IOException, ServletException {
                requests.incrementAndGet();
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    ((HttpServletResponse) res).sendError(503, "busy");
                    return;
                }
                chain.doFilter(req, res);
            }
        };
        server = FusekiServer.create().port(0).add("/wikidata", ds).addFilter("/*", counting).build().start();
    }

    public String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    public int requests() {
        return requests.get();
    }

    void failNext(int n) {
        failNext.set(n);
    }

    @Override
    public void close() {
        server.stop();
    }
}
