package org.standpoint.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

/**
 * No saved query joins a pattern on a variable that only an OPTIONAL binds. Where that OPTIONAL found nothing, the
 * variable is unbound and the pattern after it matches every subject in the store: "home secretary" came back paired
 * with every label there was ("A memo", "BBC", "speaker"), once per label. Checked on the algebra of every file in
 * {@code queries/}, so a new query cannot bring the mistake back.
 */
class SavedQueryJoinsTest {

    @Test
    void noPatternJoinsOnlyOnAnOptionalVariable() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                Op op = Algebra.compile(QueryFactory.read(file.toString()));
                for (String join : looseJoins(op)) problems.add(file.getFileName() + ": " + join);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsTheMistake() {
        Op op = Algebra.compile(QueryFactory.create("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  ?m org:member ?p .
                  OPTIONAL { ?m org:organization ?o }
                  OPTIONAL { ?o rdfs:label ?label }
                }"""));
        assertEquals(List.of("OPTIONAL on ?o"), looseJoins(op));
        Op fixed = Algebra.compile(QueryFactory.create("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  ?m org:member ?p .
                  OPTIONAL { ?m org:organization ?o . OPTIONAL { ?o rdfs:label ?label } }
                }"""));
        assertTrue(looseJoins(fixed).isEmpty());
    }

    /**
     * Joins whose right side shares no always-bound variable with its left side but does share one that the left side
     * binds only sometimes: the rows where it is unbound join with everything.
     */
    static List<String> looseJoins(Op op) {
        List<String> found = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpLeftJoin join) { check(join, "OPTIONAL"); }
            @Override public void visit(OpJoin join) { check(join, "join"); }

            private void check(Op2 join, String kind) {
                Set<Var> fixed = new HashSet<>(OpVars.fixedVars(join.getLeft()));
                Set<Var> sometimes = new HashSet<>(OpVars.visibleVars(join.getLeft()));
                sometimes.removeAll(fixed);
                Set<Var> right = new HashSet<>(OpVars.visibleVars(join.getRight()));
                if (right.stream().anyMatch(fixed::contains)) return;
                Set<String> loose = new TreeSet<>();
                for (Var v : right) if (sometimes.contains(v)) loose.add("?" + v.getVarName());
                if (!loose.isEmpty()) found.add(kind + " on " + String.join(", ", loose));
            }
        });
        return found;
    }
}
