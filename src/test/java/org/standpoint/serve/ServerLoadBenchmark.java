package org.standpoint.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.standpoint.store.Fixtures;
import org.standpoint.store.Store;
import org.standpoint.store.Synthetic;

/**
 * Sixteen clients for a minute on loopback against a real server: the saved queries (all but the {@code -live} ones,
 * which need the network), mixed one in four with {@link QueryMix#hostile()} requests. Prints latency percentiles,
 * status counts, wrong answers and heap after GC over time. Not a test: figures only.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile
 * java -cp "target/test-classes:target/classes:target/lib/*" org.standpoint.serve.ServerLoadBenchmark [DB] [seconds] [clients] [timeout-seconds]
 * </pre>
 * Without a database it serves a generated one (fixture articles plus 300 labelled people and 200 synthetic articles).
 */
public final class ServerLoadBenchmark {
    private ServerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path db = args.length > 0 && !args[0].equals("-") ? Path.of(args[0]) : null;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int timeout = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path temp = Files.createTempDirectory("standpoint-bench");
        try (Store store = Store.open(db != null ? db : temp.resolve("db"))) {
            if (db == null) generate(store);
            StandpointServer server = StandpointServer.create().store(store).port(0)
                    .queryTimeout(Duration.ofSeconds(timeout)).build().start();
            try {
                run(server, savedQueries(Path.of("queries")), seconds, clients, timeout);
            } finally {
                server.stop();
                Thread.sleep(2L * timeout * 1000); // let stopped queries end their read transactions before closing
            }
        }
    }

    private static void run(StandpointServer server, Map<String, String> saved, int seconds, int clients, int timeout)
            throws Exception {
        Http http = new Http(server.port());
        // the answer each saved query gives alone, to check every concurrent answer against
        Map<String, List<String>> baseline = new TreeMap<>();
        for (Map.Entry<String, String> q : saved.entrySet()) {
            HttpResponse<String> r = post(http, q.getValue());
            if (r.statusCode() != 200) throw new IllegalStateException(q.getKey() + ": " + r.statusCode() + " " + r.body());
            baseline.put(q.getKey(), rows(r.body()));
        }
        List<QueryMix.Request> requests = new ArrayList<>();
        saved.forEach((name, query) -> requests.add(new QueryMix.Request(name, query, QueryMix.Expect.ANSWERED)));
        List<QueryMix.Request> hostile = QueryMix.hostile();

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        List<String> heap = Collections.synchronizedList(new ArrayList<>());
        heap.add("start " + heapAfterGc());
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                Http mine = new Http(server.port());
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    boolean bad = (i + client) % 4 == 3;
                    QueryMix.Request r = bad ? hostile.get((i / 4 + client) % hostile.size()) : requests.get((i + client) % requests.size());
                    long t = System.nanoTime();
                    HttpResponse<String> answer;
                    try {
                        answer = post(mine, r.query());
                    } catch (RuntimeException e) {
                        outcomes.computeIfAbsent("client error " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                        continue;
                    }
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    String kind = bad ? "hostile" : "good";
                    latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                    boolean asExpected = answer.statusCode() == QueryMix.status(r.expect())
                            && (bad || rows(answer.body()).equals(baseline.get(r.name())));
                    outcomes.computeIfAbsent(kind + " " + answer.statusCode() + (asExpected ? "" : " UNEXPECTED"),
                            k -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        for (int s = 10; !pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS); s += 10) {
            if (s % 20 == 0) heap.add(s + " s " + heapAfterGc());
        }
        heap.add("end " + heapAfterGc());

        System.out.printf("server benchmark: %d clients, %d s, %d saved queries + %d hostile kinds, timeout %d s%n",
                clients, seconds, saved.size(), hostile.size(), timeout);
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            System.out.printf("  %-8s n=%d  %.1f/s  p50 %d ms  p95 %d ms  p99 %d ms  max %d ms%n", e.getKey(), l.size(),
                    l.size() / (double) seconds, pct(l, 50), pct(l, 95), pct(l, 99), l.get(l.size() - 1));
        }
        new TreeMap<>(outcomes).forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println("  heap used after GC (MB): " + heap);
    }

    private static HttpResponse<String> post(Http http, String query) {
        return http.query("/standpoint/sparql", query);
    }

    /** Rows as sorted JSON strings: the same answer whatever order an unordered query returns it in. */
    private static List<String> rows(String json) {
        List<String> rows = new ArrayList<>();
        Http.rows(json).forEach(r -> rows.add(r.toString()));
        Collections.sort(rows);
        return rows;
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static Map<String, String> savedQueries(Path dir) throws IOException {
        Map<String, String> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replace(".rq", "");
                if (!name.endsWith("-live")) queries.put(name, Files.readString(f));
            }
        }
        return queries;
    }

    private static void generate(Store store) {
        store.writeArticle(Fixtures.articleGraph(Fixtures.KEY_1), Fixtures.article1(), Fixtures.registryOfArticle1());
        store.writeArticle(Fixtures.articleGraph(Fixtures.KEY_2), Fixtures.article2(), Fixtures.registryOfArticle2());
        Model people = ModelFactory.createDefaultModel();
        for (int i = 0; i < 300; i++) people.createResource(Fixtures.person("p" + i)).addProperty(RDFS.label, "Person " + i);
        store.writeArticle(Fixtures.articleGraph("generated"), people, null);
        Synthetic.fill(store, Synthetic.articles(200, 20));
    }
}
