package com.touchpoint.training;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The keys of one YAML mapping with their nodes, reporting unknown and repeated keys with their lines. */
final class YamlFields {

    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Node node;

    private YamlFields(Node node) {
        this.node = node;
    }

    /** Null when the node is not a mapping (already reported). */
    static YamlFields of(Node node, String where, Set<String> allowed, ProblemSink problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, "training.problem.not-mapping", where);
            return null;
        }
        var fields = new YamlFields(node);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(tuple.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                problems.add(tuple.getKeyNode(), "training.problem.unknown-key", key, where);
            } else if (fields.values.containsKey(key)) {
                problems.add(tuple.getKeyNode(), "training.problem.duplicate-key", key, where);
            } else {
                fields.values.put(key, tuple.getValueNode());
                fields.keys.put(key, tuple.getKeyNode());
            }
        }
        return fields;
    }

    Node node() {
        return node;
    }

    Node get(String key) {
        return values.get(key);
    }

    Node keyNode(String key) {
        return keys.get(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    void forEach(java.util.function.BiConsumer<String, Node> action) {
        values.forEach(action);
    }

    List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** Line (1-based) where a node starts. */
    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** Collects problems of one file. */
    interface ProblemSink {
        void add(Node at, String messageKey, Object... args);
    }

    static void ifPresent(Node node, Consumer<Node> action) {
        if (node != null) {
            action.accept(node);
        }
    }
}
