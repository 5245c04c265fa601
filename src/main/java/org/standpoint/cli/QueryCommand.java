package org.standpoint.cli;

import org.standpoint.query.QueryParameters;
import org.standpoint.query.SavedQuery;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.standpoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code standpoint query}: a saved (or any) SPARQL query over the database, printed as a table. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (see --list) or a .rq file against the database.")
final class QueryCommand implements Callable<Integer> {
    enum Format { TABLE, CSV, JSON }

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "saved query name or query file")
    String query;

    @Option(names = "--db", defaultValue = "data", paramLabel = "DIR", description = "database folder (default: ./${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--param", paramLabel = "name=value",
            description = "a value for a '# param:' line; repeat a name for several values")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "ask a running server's SPARQL endpoint (e.g. http://localhost:3030/standpoint/sparql) "
                    + "instead of opening the database folder, which a running server holds")
    String endpoint;

    @Option(names = "--list", description = "list the saved queries, what each answers and its parameters")
    boolean list;

    @Override
    public Integer call() {
        if (list) return list(main.out());
        if (query == null) {
            main.err().println("error: name a saved query or a .rq file (standpoint query --list shows them)");
            return 2;
        }
        Query q;
        try {
            q = SavedQuery.resolve(query).with(QueryParameters.parse(params));
        } catch (IllegalArgumentException | QueryParseException e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        if (endpoint != null) return askEndpoint(q);
        try (Store store = Stores.open(db, null, false)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    print(qe, q);
                }
            });
        } catch (Stores.Unavailable e) {
            main.err().println("error: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    private int askEndpoint(Query q) {
        try (QueryExecution qe = QueryExecution.service(endpoint).query(q).build()) {
            print(qe, q);
            return 0;
        } catch (QueryExceptionHTTP e) {
            main.err().println("error: " + endpoint + " answered " + e.getStatusCode() + " "
                    + (e.getStatusLine() == null ? e.getMessage() : e.getStatusLine()));
        } catch (RuntimeException e) {
            main.err().println("error: cannot ask " + endpoint + ": " + e.getMessage());
        }
        return 2;
    }

    private void print(QueryExecution qe, Query q) {
        PrintStream out = main.out();
        if (q.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, q.getPrefixMapping());
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (q.isAskType()) {
            boolean yes = qe.execAsk();
            if (format == Format.JSON) ResultSetFormatter.outputAsJSON(out, yes);
            else out.println(yes ? "yes" : "no");
        } else {
            var model = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, model, format == Format.JSON ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_BLOCKS);
        }
        out.flush();
    }

    private static int list(PrintStream out) {
        List<SavedQuery> all = SavedQuery.bundled();
        int width = all.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (SavedQuery s : all) {
            out.println(String.format("%-" + width + "s  %s", s.name(), s.answers()));
            for (String line : s.parameters()) out.println("    " + line);
        }
        return 0;
    }
}
