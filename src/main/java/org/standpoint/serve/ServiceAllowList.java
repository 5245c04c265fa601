package org.standpoint.serve;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.util.Context;

/**
 * Federated queries ({@code SERVICE <url>}) from the public endpoint may reach only the endpoints on a list; none by
 * default. ARQ would otherwise let any visitor make this server send requests anywhere: to hosts on its private
 * network, or as a relay for load on a third party. {@code SERVICE ?variable} is always refused, since its target is
 * only known while the query runs. With {@code SERVICE SILENT} a refused call gives no rows instead of an error.
 */
final class ServiceAllowList implements ChainingServiceExecutorBulk {
    private final Set<String> allowed;

    private ServiceAllowList(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** Puts into {@code context} a service registry that consults {@code allowed} before any SERVICE call. */
    static void install(Context context, Set<String> allowed) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addBulkLink(new ServiceAllowList(allowed));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService op, QueryIterator input, ExecutionContext cxt, ServiceExecutorBulk chain) {
        Node service = op.getService();
        if (service.isURI() && allowed.contains(service.getURI())) return chain.createExecution(op, input, cxt);
        // SILENT: a failed call is as if the service had answered one empty row, which joins to the input unchanged
        if (op.getSilent()) return input;
        input.close();
        throw new Refused("SERVICE " + (service.isURI() ? "<" + service.getURI() + ">" : service)
                + " is not allowed on this server (serve --allow-service URL allows an endpoint)");
    }

    /**
     * A refused call. An Error, not an exception: inside {@code FILTER EXISTS} ARQ catches every exception, logs it
     * with its whole trace (some 65 lines per row) and takes the filter as false, so the query answered 200 with no
     * rows as if the service had been asked. {@link BufferedQuery} answers it with 403: the query is fine, this server
     * just will not make the call.
     */
    static final class Refused extends Error {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
