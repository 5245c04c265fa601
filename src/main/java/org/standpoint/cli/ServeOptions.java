package org.standpoint.cli;

import org.standpoint.serve.StandpointServer;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The server options {@code serve} and {@code demo} share. */
final class ServeOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port = StandpointServer.DEFAULT_PORT;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "longest a public query may run (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = StandpointServer.DEFAULT_QUERY_TIMEOUT.toSeconds();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "'user: password' lines; enables SPARQL Update at /standpoint/update for those users")
    Path passwordFile;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "a SPARQL endpoint public queries may call with SERVICE (repeatable; none by default), "
                    + "e.g. https://query.wikidata.org/sparql for the *-live saved queries")
    List<String> allowedServices = new ArrayList<>();
}
