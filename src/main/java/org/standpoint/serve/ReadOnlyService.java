package org.standpoint.serve;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoints of the one dataset this server publishes. Declared one by one instead of Fuseki's "standard
 * services" so that what is writable is visible here: nothing, except {@code update} behind a login.
 *
 * <table>
 * <caption>endpoints under the dataset URL</caption>
 * <tr><th>name</th><th>operation</th></tr>
 * <tr><td>{@code sparql}, {@code query}, (dataset URL)</td><td>SPARQL query, with the query timeout, SELECT results
 * read whole before they are sent ({@link BufferedQuery})</td></tr>
 * <tr><td>{@code get}, {@code data}, (dataset URL)</td><td>Graph Store Protocol, read only</td></tr>
 * <tr><td>{@code update}</td><td>SPARQL Update, only with a password file, any user in it, and not on what the
 * store derives data from ({@link GuardedUpdate})</td></tr>
 * </table>
 */
final class ReadOnlyService {
    static final String UPDATE = "update";

    private ReadOnlyService() {
    }

    static DataService build(DatasetGraph dsg, String base, Duration queryTimeout, Set<String> allowedServices,
                             int maxResultRows, boolean withAuthenticatedUpdate) {
        // The timeout and the SERVICE allow-list sit in the endpoints' context, not the dataset's: they limit what the
        // public can ask for without limiting local queries of the same store (loading, the query command).
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        ServiceAllowList.install(timeout, allowedServices);
        BoundedRegex.install(timeout);

        DataService.Builder service = DataService.newBuilder(dsg);
        for (String name : new String[] {"sparql", "query", ""})
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(timeout)
                    .processor(new BufferedQuery(maxResultRows)).build());
        for (String name : new String[] {"get", "data", ""})
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(name).build());
        if (withAuthenticatedUpdate)
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName(UPDATE)
                    .processor(new GuardedUpdate(base, allowedServices)).authPolicy(Auth.ANY_USER).build());
        return service.build();
    }
}
