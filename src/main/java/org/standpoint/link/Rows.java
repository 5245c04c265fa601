package org.standpoint.link;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;

/** SPARQL JSON results to rows and back: the form answers travel in and the form the cache keeps them in. */
record Rows(List<Var> vars, List<Binding> bindings) {
    Rows {
        vars = List.copyOf(vars);
        bindings = List.copyOf(bindings);
    }

    static Rows parse(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) rows.add(rs.nextBinding());
        return new Rows(vars, rows);
    }

    Rows with(List<Binding> subset) {
        return new Rows(vars, subset);
    }

    String json() {
        return ResultSetMgr.asString(ResultSet.adapt(RowSetStream.create(vars, bindings.iterator())), ResultSetLang.RS_JSON);
    }
}
