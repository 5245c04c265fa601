package org.standpoint.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE that stop. ARQ checks its query timeout between rows, but one match of a backtracking pattern
 * ({@code ^(a+)+\1$}) on one value never returns, so the thread stays busy after the timeout and until the server
 * stops. On the public endpoint both are rewritten to functions that match through a {@link CharSequence} which
 * checks a deadline as the matcher reads it: a single value may take {@link #PER_VALUE_MILLIS}, after which the query
 * is cancelled as a timed-out one is.
 */
final class BoundedRegex {
    /** Longest one value may take: a simple pattern over the longest article (200,000 characters) needs ~10 ms. */
    static final long PER_VALUE_MILLIS = 1_000;
    private static final String REGEX = "urn:x-standpoint:fn:regex";
    private static final String REPLACE = "urn:x-standpoint:fn:replace";

    private BoundedRegex() {
    }

    /** Queries run in {@code context} see REGEX and REPLACE with the time limit; the rest of ARQ's optimiser is kept. */
    static void install(Context context) {
        FunctionRegistry.get().put(REGEX, Matches.class);
        FunctionRegistry.get().put(REPLACE, Replaces.class);
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> {
            Rewrite standard = Optimize.stdOptimizationFactory.create(cxt);
            return op -> standard.rewrite(bounded(op));
        });
    }

    private static Op bounded(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new E_Function(REGEX, args);
                if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
                return super.transform(func, args);
            }
        }, op);
    }

    /** The matcher's view of a value: reading it past the deadline cancels the query. */
    private static final class Deadline implements CharSequence {
        private final String text;
        private final long endNanos;
        private int reads;

        private Deadline(String text, long endNanos) {
            this.text = text;
            this.endNanos = endNanos;
        }

        static Deadline of(String text) {
            return new Deadline(text, System.nanoTime() + PER_VALUE_MILLIS * 1_000_000);
        }

        @Override
        public char charAt(int index) {
            // nanoTime costs ~20 ns; a look every 4,096 reads keeps matching near full speed
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > endNanos) throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), endNanos);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static String lexical(NodeValue v, String function) {
        if (!v.isString() && !v.isLangString()) throw new ExprEvalException(function + ": not a string: " + v);
        return v.asNode().getLiteralLexicalForm();
    }

    private static Pattern pattern(String function, List<NodeValue> args, int patternAt) {
        String flags = args.size() > patternAt + 1 ? lexical(args.get(patternAt + 1), function) : null;
        return RegexEngine.makePattern(function, lexical(args.get(patternAt), function), flags);
    }

    private static void arity(String function, ExprList args, int min, int max) {
        if (args.size() < min || args.size() > max)
            throw new QueryBuildException(function + ": wrong number of arguments");
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Matches extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            arity("REGEX", args, 2, 3);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = lexical(args.get(0), "REGEX");
            return NodeValue.booleanReturn(pattern("REGEX", args, 1).matcher(Deadline.of(text)).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}; keeps the text's language tag. */
    public static final class Replaces extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            arity("REPLACE", args, 3, 4);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue in = args.get(0);
            String text = lexical(in, "REPLACE");
            List<NodeValue> patternAndFlags = args.size() == 4 ? List.of(args.get(1), args.get(3)) : List.of(args.get(1));
            Pattern pattern = pattern("REPLACE", patternAndFlags, 0);
            if (pattern.matcher("").matches()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            Matcher m = pattern.matcher(Deadline.of(text));
            String out = m.replaceAll(lexical(args.get(2), "REPLACE"));
            return in.isLangString() ? NodeValue.makeLangString(out, in.getLang()) : NodeValue.makeString(out);
        }
    }
}
