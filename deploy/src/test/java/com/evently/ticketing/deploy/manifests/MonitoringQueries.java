package com.evently.ticketing.deploy.manifests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Every PromQL query the suite's monitoring runs, as a Prometheus that scrapes a healthy suite should answer it with
 * data: each dashboard panel's and query variable's (Grafana's variables replaced), and each alert's expression
 * without its threshold comparison (a healthy suite's outbox lag is not above a minute, but it has one), split at
 * its top-level {@code or} so that no alternative hides behind another.
 */
public final class MonitoringQueries {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");
    private static final Pattern LABEL_VALUES = Pattern.compile(
            "^\\s*label_values\\(\\s*(.+?)\\s*,\\s*([a-zA-Z_]\\w*)\\s*\\)\\s*$");
    /** A comparison with a number that ends an operand: {@code > 60}, {@code == 0}, {@code >= 1}, {@code > 0.05}. */
    private static final Pattern THRESHOLD = Pattern.compile(
            "\\s*(?:==|!=|>=|<=|>|<)\\s*(?:bool\\s+)?-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?"
                    + "(?=\\s*(?:$|\\)|\\band\\b|\\bor\\b|\\bunless\\b))");
    private static final Pattern OR = Pattern.compile("\\bor\\b");

    private MonitoringQueries() {
    }

    /** One query and where it comes from, for a readable failure. */
    public record Query(String origin, String expression) {

        /** The metric names the query reads. */
        public Set<String> metrics() {
            return PromQl.metricNames(expression);
        }

        @Override
        public String toString() {
            return origin + ": " + expression;
        }
    }

    /**
     * @param variables the value of every Grafana variable the queries use ({@code __range}, {@code __rate_interval},
     *                  {@code application}...), without the {@code $}; a variable without a value fails
     */
    public static List<Query> ofDashboards(Map<String, String> variables) {
        List<Query> queries = new ArrayList<>();
        for (Path file : RepositoryFiles.filesEndingWith(RepositoryFiles.deploy("grafana/dashboards"), ".json")) {
            JsonNode dashboard = RepositoryFiles.json(file);
            String name = dashboard.path("title").asString(file.getFileName().toString());
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets").values()) {
                    queries.add(new Query(name + " / \"" + panel.path("title").asString("") + "\"",
                            substituted(target.path("expr").asString(""), variables)));
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list").values()) {
                if (variable.path("type").asString("").equals("query")) {
                    queries.add(new Query(name + " / $" + variable.path("name").asString(""),
                            ofVariableQuery(variable.path("query").path("query").asString(""))));
                }
            }
        }
        return queries;
    }

    /** Each alert's expression without thresholds, one query per top-level alternative. */
    public static List<Query> ofAlerts() {
        List<Query> queries = new ArrayList<>();
        JsonNode rules = RepositoryFiles.yaml(RepositoryFiles.deploy("prometheus/alerts.yml"));
        for (JsonNode group : rules.path("groups").values()) {
            for (JsonNode rule : group.path("rules").values()) {
                String alert = rule.path("alert").asString("");
                List<String> alternatives = alternatives(rule.path("expr").asString(""));
                for (int i = 0; i < alternatives.size(); i++) {
                    String origin = alternatives.size() == 1 ? "alert " + alert
                            : "alert " + alert + " (alternative " + (i + 1) + " of " + alternatives.size() + ")";
                    queries.add(new Query(origin, withoutThresholds(alternatives.get(i))));
                }
            }
        }
        return queries;
    }

    static String withoutThresholds(String expression) {
        return THRESHOLD.matcher(expression).replaceAll("").trim();
    }

    /** The operands of the expression's top-level {@code or}s (outside brackets and strings), or the expression. */
    static List<String> alternatives(String expression) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && isOrAt(expression, i)) {
                parts.add(expression.substring(start, i).trim());
                start = i + 2;
                i++;
            }
        }
        parts.add(expression.substring(start).trim());
        return parts;
    }

    private static boolean isOrAt(String expression, int index) {
        Matcher or = OR.matcher(expression);
        return or.find(index) && or.start() == index;
    }

    static String substituted(String expression, Map<String, String> variables) {
        Matcher variable = VARIABLE.matcher(expression);
        StringBuilder replaced = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for the variable $" + name + " in " + expression);
            }
            variable.appendReplacement(replaced, Matcher.quoteReplacement(value));
        }
        variable.appendTail(replaced);
        return replaced.toString();
    }

    /** Grafana's {@code label_values(metric, label)} as the PromQL that has data exactly when it lists values. */
    static String ofVariableQuery(String query) {
        Matcher labelValues = LABEL_VALUES.matcher(query);
        return labelValues.matches() ? "count by (" + labelValues.group(2) + ") (" + labelValues.group(1) + ")" : query;
    }

    /** Panels, including those nested in collapsed rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels").values()) {
            all.add(panel);
            all.addAll(panel.path("panels").values());
        }
        return all;
    }
}
