package org.standpoint.bench;

import org.standpoint.serve.StandpointServer;
import org.standpoint.store.Store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every saved query (but the two that ask Wikidata live) over HTTP against a real Fuseki ({@link StandpointServer})
 * on a generated archive ({@link GraphGenerator}, then {@code standpoint import}): p50/p95 latency with one client,
 * then with {@code CLIENTS} clients at once (the saved queries alone, then with the pages), and the heap the JVM
 * (server and clients) had in use. Parameters name a popular, a middling and a rare actor, issue, organisation or
 * role of the generator's Zipf ranking.
 * {@code QueryBench DB QUERIES_DIR [CLIENTS=8] [REPEATS=20] [NAMES]}: NAMES, a regular expression, picks some saved
 * queries by file name, and the HTML pages of the same actors, issues and positions when it matches "pages".
 */
public final class QueryBench {
    private static final double TARGET_MS = 100;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint;

    private QueryBench(String endpoint) {
        this.endpoint = endpoint;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path queries = Path.of(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String names = args.length > 4 ? args[4] : ".*";
        HeapPeak heap = HeapPeak.start();
        try (Store store = Store.open(db)) {
            StandpointServer server = StandpointServer.create().store(store).port(0).build().start();
            try {
                QueryBench bench = new QueryBench(server.datasetUrl() + "/sparql");
                bench.run(bench.cases(queries, names), clients, repeats);
            } finally {
                server.stop();
            }
        }
        System.out.printf(Locale.ROOT, "heap: peak in use %.0f MB (sampled every 50 ms), old generation after the last collection %.0f MB%n",
                heap.peakMb(), heap.liveMb());
    }

    private void run(Map<String, String> cases, int clients, int repeats) throws Exception {
        Map<String, Integer> runs = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%-44s %6s %9s %9s %9s%n", "query (1 client)", "rows", "p50 ms", "p95 ms", "p95/100ms");
        // every case once, then the interactive ones twice more, so the JIT and the page cache are warm for all
        // of them before the first is timed
        Map<String, Result> firsts = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : cases.entrySet()) firsts.put(c.getKey(), ask(c.getValue()));
        for (int i = 0; i < 2; i++) {
            for (Map.Entry<String, String> c : cases.entrySet()) if (firsts.get(c.getKey()).ms <= 2000) ask(c.getValue());
        }
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Result first = firsts.get(c.getKey());
            // a query that scans the whole archive gets a few runs, not twenty
            int n = first.ms > 2000 ? (first.rows < 0 ? 1 : 3) : repeats;
            // only the interactive ones go on to the concurrent rounds: archive scans would just queue behind each other
            if (first.ms <= 2000) runs.put(c.getKey(), n);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < n; i++) times.add(ask(c.getValue()).ms);
            print(c.getKey(), first.rows, times);
        }
        List<String> queries = runs.keySet().stream().filter(name -> !cases.get(name).startsWith("/")).toList();
        // the target's round: the saved queries alone, as clients of the endpoint ask them
        concurrently("saved queries, " + clients + " clients at once", queries, cases, runs, clients);
        // then the HTML pages in the same mix, each page a few queries' work
        if (queries.size() < runs.size()) {
            concurrently("queries and pages, " + clients + " clients at once", List.copyOf(runs.keySet()), cases, runs, clients);
        }
    }

    private void concurrently(String title, List<String> names, Map<String, String> cases, Map<String, Integer> runs, int clients)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n%-44s %6s %9s %9s %9s%n", title, "", "p50 ms", "p95 ms", "p95/100ms");
        Map<String, List<Double>> times = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            int offset = k;
            done.add(pool.submit(() -> {
                List<String> order = new ArrayList<>(names);
                Collections.rotate(order, offset); // clients start on different queries
                for (String name : order) {
                    for (int i = 0; i < runs.get(name); i++) {
                        times.computeIfAbsent(name, x -> Collections.synchronizedList(new ArrayList<>())).add(ask(cases.get(name)).ms);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        long total = 0;
        for (String name : names) {
            print(name, -2, times.get(name));
            total += times.get(name).size();
        }
        System.out.printf(Locale.ROOT, "%d requests in %.1f s: %.1f requests/s%n", total, wall, total / wall);
    }

    private record Result(double ms, int rows) {
    }

    /** A query, or a page when it is a path ("/id/…"): then its size in kB stands in the rows column. */
    private Result ask(String query) {
        long t = System.nanoTime();
        boolean page = query.startsWith("/");
        try {
            HttpRequest request = page
                    ? HttpRequest.newBuilder(URI.create(endpoint).resolve(query)).header("Accept", "text/html").GET().build()
                    : HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", "application/sparql-query")
                            .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(query)).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t) / 1e6;
            // a timeout (503) is a result too: the server's 30 s limit, shown as rows -1
            if (r.statusCode() == 503) return new Result(ms, -1);
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            return new Result(ms, page ? r.body().length() / 1000 : (int) r.body().lines().count() - 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void print(String name, int rows, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p50 = sorted.get((sorted.size() - 1) / 2);
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf(Locale.ROOT, "%-44s %6s %9.1f %9.1f %9.2f%n", name, rows == -2 ? "" : rows < 0 ? "timeout" : String.valueOf(rows),
                p50, p95, p95 / TARGET_MS);
    }

    /**
     * Each saved query once per parameter value: popular, middling and rare names and issues. A parameter that takes
     * an actor's or an issue's IRI gets the IRI the archive gave that name, looked up first.
     */
    private Map<String, String> cases(Path dir, String names) throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq") && !p.toString().endsWith("-live.rq"))
                    .filter(p -> p.getFileName().toString().replace(".rq", "").matches(names)).sorted().toList();
        }
        int[] ranks = {0, 200, 3000};
        // the generator's 400 issue draws carry 200 distinct labels (20 topics x 10 aspects)
        int[] issueRanks = {0, 21, 150};
        if ("pages".matches(names)) {
            for (int i = 0; i < ranks.length; i++) {
                String person = GraphGenerator.person(ranks[i]);
                String issue = GraphGenerator.issue(issueRanks[i]);
                String actor = iri("rdfs:label", person);
                String concept = iri("skos:prefLabel", issue);
                cases.put("page actor [" + person + ", rank " + ranks[i] + "]", path(actor));
                cases.put("page issue [" + issue + ", rank " + issueRanks[i] + "]", path(concept));
                // the biggest position of the archive; others of these ranks need not exist
                if (i == 0) cases.put("page position [" + person + " × " + issue + ", oppose]", path(
                        concept.replace("/issue/", "/position/" + actor.substring(actor.indexOf("/id/") + 4) + "/issue/") + "/oppose"));
            }
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".rq", "");
            String text = Files.readString(f);
            if (!text.contains("# param:")) {
                cases.put(name, text);
                continue;
            }
            List<String> params = parameters(text);
            boolean byActor = params.contains("actor");
            boolean byIssue = params.contains("issue");
            // the query's first parameter gets a name of that rank; the others keep their defaults
            String param = params.get(0);
            for (int i = 0; i < ranks.length; i++) {
                int rank = param.equals("issueName") ? issueRanks[i] : ranks[i];
                String person = GraphGenerator.person(rank);
                if (byActor || byIssue) {
                    String actor = iri("rdfs:label", person);
                    String issue = iri("skos:prefLabel", GraphGenerator.issue(issueRanks[i]));
                    String label = byActor && byIssue
                            ? person + " × " + GraphGenerator.issue(issueRanks[i]) + ", ranks " + rank + "/" + issueRanks[i]
                            : byActor ? person + ", rank " + rank
                            : GraphGenerator.issue(issueRanks[i]) + ", rank " + issueRanks[i];
                    cases.put(name + " [" + label + "]", substituteIris(text, actor, issue));
                    // behind a page row: one holder, one issue, one stance
                    if (byActor && byIssue && params.contains("stance")) {
                        cases.put(name + " [" + label + ", oppose]", oneStance(substituteIris(text, actor, issue), "stp:oppose"));
                    }
                    continue;
                }
                String value = text.contains("text:query") ? person.split(" ")[1].toLowerCase(Locale.ROOT)
                        : param.equals("institutionName") || param.equals("firstInstitution")
                                ? GraphGenerator.organisation(rank % GraphGenerator.ORGANISATIONS)
                        : param.equals("issueName") ? GraphGenerator.issue(rank)
                        : param.equals("roleName") ? GraphGenerator.role(rank)
                        : person;
                cases.put(name + " [" + value + ", rank " + rank + "]", substitute(text, param, value));
            }
        }
        return cases;
    }

    /** The server path of a data IRI: {@code /id/…}. */
    private static String path(String iri) {
        return iri.substring(iri.indexOf("/id/"));
    }

    /** The IRI of the one thing with this label; the query is not timed. */
    private String iri(String property, String label) {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?x { ?x " + property + " \"" + label + "\" } LIMIT 1";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            List<String> rows = r.body().lines().skip(1).toList();
            if (rows.isEmpty()) throw new IllegalStateException("nothing is labelled " + label);
            return rows.get(0).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The IRI of each {@code # param: actor} and {@code # param: issue} line replaced. */
    private static String substituteIris(String query, String actor, String issue) {
        StringBuilder out = new StringBuilder();
        for (String line : query.split("\n", -1)) {
            if (line.endsWith("# param: actor")) line = line.replaceFirst("<[^>]*>", "<" + actor + ">");
            if (line.endsWith("# param: issue")) line = line.replaceFirst("<[^>]*>", "<" + issue + ">");
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The values of the {@code # param: stance} line replaced by the one stance. */
    private static String oneStance(String query, String stance) {
        StringBuilder out = new StringBuilder();
        for (String line : query.split("\n", -1)) {
            if (line.endsWith("# param: stance")) line = line.replaceFirst("(VALUES \\?stance )\\{[^}]*}", "$1{ " + stance + " }");
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The names of the {@code # param:} lines, in order, once each. */
    private static List<String> parameters(String query) {
        Matcher m = Pattern.compile("# param: (\\w+)").matcher(query);
        List<String> names = new ArrayList<>();
        while (m.find()) if (!names.contains(m.group(1))) names.add(m.group(1));
        return names;
    }

    /** The first string literal of each {@code # param: PARAM} line replaced by {@code value}. */
    private static String substitute(String query, String param, String value) {
        StringBuilder out = new StringBuilder();
        for (String line : query.split("\n", -1)) {
            if (line.endsWith("# param: " + param)) {
                line = line.replaceFirst("\"[^\"]*\"", "\"" + value.replace("\"", "") + "\"");
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The most heap in use at once (sampled), and what the old generation held after its last collection. */
    private static final class HeapPeak {
        private volatile long peak;

        static HeapPeak start() {
            HeapPeak h = new HeapPeak();
            Thread sampler = new Thread(() -> {
                while (true) {
                    h.peak = Math.max(h.peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            return h;
        }

        double peakMb() {
            return peak / 1e6;
        }

        double liveMb() {
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null && pool.getName().contains("Old")) {
                    live = Math.max(live, pool.getCollectionUsage().getUsed());
                }
            }
            return live / 1e6;
        }
    }
}
