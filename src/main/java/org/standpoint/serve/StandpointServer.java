package org.standpoint.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.standpoint.query.SavedQuery;
import org.standpoint.serve.page.LocalPaths;
import org.standpoint.serve.page.Pages;
import org.standpoint.store.Store;

/**
 * Publishes a {@link Store} over HTTP as one read-only SPARQL dataset, {@value #DATASET}, with the Fuseki web UI
 * at {@code /}. The public can query and read graphs; nobody can change data or datasets, except through
 * {@code /standpoint/update} when a password file is configured. Every resource of the store has a page (or an RDF
 * description, by {@code Accept}) at {@code /id/...}, and {@code /browse} is where browsing starts (see
 * {@link Pages}).
 *
 * <pre>
 * StandpointServer server = StandpointServer.create().store(store).port(3030).build().start();
 * </pre>
 */
public final class StandpointServer {
    /** Path of the dataset on the server. */
    public static final String DATASET = LocalPaths.DATASET;
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Rows a public SELECT may answer: results are read whole before they are sent, so they are bounded. */
    public static final int DEFAULT_MAX_RESULT_ROWS = 100_000;

    private final FusekiServer fuseki;

    private StandpointServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public StandpointServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** The port listened on; after {@link #start()} the real one, also when built with port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/standpoint}. */
    public String datasetUrl() {
        return fuseki.datasetURL(DATASET);
    }

    /** Fluent configuration, in the style of {@code FusekiServer.create()}. */
    public static final class Builder {
        private Store store;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private Path passwordFile;
        private List<SavedQuery> examples = List.of();
        private Set<String> allowedServices = Set.of();
        private int maxResultRows = DEFAULT_MAX_RESULT_ROWS;

        private Builder() {
        }

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** 0 picks a free port: read it back with {@link StandpointServer#port()} after start. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port);
            this.port = port;
            return this;
        }

        /** Longest a query may run before it is cancelled; a client's own {@code timeout} parameter can only be lower. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("query timeout must be positive: " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** Most rows a public SELECT may answer; more is an error that says to page ({@link BufferedQuery}). */
        public Builder maxResultRows(int rows) {
            if (rows < 1) throw new IllegalArgumentException("max result rows must be positive: " + rows);
            this.maxResultRows = rows;
            return this;
        }

        /** A Jetty-style {@code user: password} file; with it, {@code /standpoint/update} exists for those users. */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** SPARQL endpoints that {@code SERVICE} in a public query may call; none unless given ({@link ServiceAllowList}). */
        public Builder allowServices(Collection<String> endpoints) {
            this.allowedServices = Set.copyOf(endpoints);
            return this;
        }

        /** Saved queries to offer in the query editor and on the browse page. */
        public Builder examples(List<SavedQuery> examples) {
            this.examples = List.copyOf(examples);
            return this;
        }

        public StandpointServer build() {
            Objects.requireNonNull(store, "store");
            boolean withUpdate = passwordFile != null;
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    // Only our module: none found on the classpath may add endpoints behind our back.
                    .fusekiModules(FusekiModules.create(new PublicInfoModule()))
                    .add(DATASET, ReadOnlyService.build(store.dataset().asDatasetGraph(), store.base(), queryTimeout, allowedServices, maxResultRows,
                            withUpdate))
                    .addFilter("/*", new RequestLimit());
            Pages.register(fuseki, store.dataset(), store.base(), examples);
            if (withUpdate) {
                ConstraintSecurityHandler security =
                        JettySecurityLib.makeSecurityHandler("Standpoint", PasswordFile.read(passwordFile), AuthScheme.BASIC);
                security.setAuthenticator(new LenientBasicAuthenticator());
                fuseki.securityHandler(security).auth(AuthScheme.BASIC);
            }
            return new StandpointServer(fuseki.build());
        }
    }
}
