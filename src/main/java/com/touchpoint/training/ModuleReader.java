package com.touchpoint.training;

import com.touchpoint.satisfaction.ServiceType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one training content file into a {@link TrainingModule}, or reports every problem found
 * with its line. Works on SnakeYAML's node tree because the nodes carry line numbers.
 */
final class ModuleReader {

    static final int MAX_EFFECT = 5;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> MODULE_KEYS = Set.of("id", "version", "title", "summary", "moment", "posts",
            "trains", "minutes", "start", "steps");
    private static final Set<String> STEP_KEYS = Set.of("mood", "customer", "replies", "end", "debrief");
    private static final Set<String> REPLY_KEYS = Set.of("text", "feedback", "effects", "mood", "next");
    private static final Set<String> TEXT_KEYS = Set.of("zh", "en");

    private final ContentVocabulary vocabulary;
    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, Node> stepKeys = new LinkedHashMap<>();
    private final Map<String, List<Node>> nextNodes = new LinkedHashMap<>();

    /** @param vocabulary the known posts and items, or null to skip those checks (re-reading a stored version) */
    ModuleReader(ContentVocabulary vocabulary, String file) {
        this.vocabulary = vocabulary;
        this.file = file;
    }

    /** The result of reading one file: the module when there were no problems, else the problems. */
    record Result(TrainingModule module, String moduleId, int idLine, List<ContentProblem> problems) {
    }

    Result read(String source, String contentHash) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(source));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new ContentProblem(file, line, "training.problem.syntax", List.of(e.getProblem())));
            return new Result(null, null, 0, problems);
        } catch (YAMLException e) {
            problems.add(new ContentProblem(file, 0, "training.problem.syntax", List.of(e.getMessage())));
            return new Result(null, null, 0, problems);
        }
        if (root == null) {
            problems.add(new ContentProblem(file, 1, "training.problem.empty", List.of()));
            return new Result(null, null, 0, problems);
        }
        return module(root, contentHash);
    }

    private Result module(Node root, String contentHash) {
        YamlFields f = YamlFields.of(root, "module", MODULE_KEYS, this::problem);
        if (f == null) {
            return new Result(null, null, 0, problems);
        }
        String id = required(f, "id", "id") ? scalar(f.get("id"), "id") : null;
        if (id != null && !ID.matcher(id).matches() || id != null && id.length() > 80) {
            problem(f.get("id"), "training.problem.bad-id", id);
        }
        Integer version = required(f, "version", "version") ? number(f.get("version"), "version", 1, 100000) : null;
        LocalizedText title = required(f, "title", "title") ? text(f.get("title"), "title") : null;
        LocalizedText summary = f.has("summary") ? text(f.get("summary"), "summary") : new LocalizedText("", "");
        ServiceType moment = required(f, "moment", "moment")
                ? enumValue(ServiceType.class, f.get("moment"), "moment", ContentKind.MOMENT) : null;
        List<String> posts = required(f, "posts", "posts") ? codes(f.get("posts"), "posts", ContentKind.POST,
                vocabulary == null ? null : vocabulary.posts()) : List.of();
        List<String> trains = required(f, "trains", "trains") ? codes(f.get("trains"), "trains", ContentKind.ITEM,
                vocabulary == null ? null : vocabulary.items()) : List.of();
        Integer minutes = f.has("minutes") ? number(f.get("minutes"), "minutes", 1, 120) : Integer.valueOf(5);
        String start = required(f, "start", "start") ? scalar(f.get("start"), "start") : null;
        Map<String, Step> steps = required(f, "steps", "steps") ? steps(f.get("steps")) : Map.of();
        if (problems.isEmpty()) {
            checkGraph(start, f.get("start"), steps);
        }
        if (!problems.isEmpty()) {
            return new Result(null, id, YamlFields.line(f.get("id")), problems);
        }
        var module = new TrainingModule(id, version, title, summary, moment, posts, trains, minutes, start, steps,
                file, contentHash, ModuleScoring.bestSums(start, steps));
        return new Result(module, id, YamlFields.line(f.get("id")), problems);
    }

    private Map<String, Step> steps(Node node) {
        YamlFields f = YamlFields.of(node, "steps", null, this::problem);
        Map<String, Step> steps = new LinkedHashMap<>();
        if (f == null) {
            return steps;
        }
        if (f.names().isEmpty()) {
            problem(node, "training.problem.empty-list", "steps");
        }
        f.forEach((id, stepNode) -> {
            stepKeys.put(id, f.keyNode(id));
            Step step = step(id, stepNode);
            if (step != null) {
                steps.put(id, step);
            }
        });
        return steps;
    }

    private Step step(String id, Node node) {
        String where = "steps." + id;
        YamlFields f = YamlFields.of(node, where, STEP_KEYS, this::problem);
        if (f == null) {
            return null;
        }
        boolean ending = f.has("end");
        if (ending == f.has("replies")) {
            problem(node, "training.problem.step-kind", id);
            return null;
        }
        LocalizedText customer = f.has("customer") ? text(f.get("customer"), where + ".customer") : null;
        Mood mood = f.has("mood") ? enumValue(Mood.class, f.get("mood"), where + ".mood", ContentKind.MOOD) : null;
        if (ending) {
            Ending end = enumValue(Ending.class, f.get("end"), where + ".end", ContentKind.ENDING);
            LocalizedText debrief = required(f, "debrief", where + ".debrief") ? text(f.get("debrief"), where + ".debrief") : null;
            return new Step(id, mood, customer, List.of(), end, debrief);
        }
        required(f, "mood", where + ".mood");
        required(f, "customer", where + ".customer");
        if (f.has("debrief")) {
            problem(f.keyNode("debrief"), "training.problem.debrief-on-decision", id);
        }
        return new Step(id, mood, customer, replies(id, f.get("replies")), null, null);
    }

    private List<Reply> replies(String stepId, Node node) {
        String where = "steps." + stepId + ".replies";
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "training.problem.not-list", where);
            return List.of();
        }
        List<Node> items = sequence.getValue();
        if (items.size() < 2 || items.size() > 4) {
            problem(node, "training.problem.reply-count", stepId, items.size());
        }
        List<Reply> replies = new ArrayList<>();
        List<Node> nexts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Reply reply = reply(where + "[" + (i + 1) + "]", items.get(i), nexts);
            if (reply != null) {
                replies.add(reply);
            }
        }
        nextNodes.put(stepId, nexts);
        return replies;
    }

    private Reply reply(String where, Node node, List<Node> nexts) {
        YamlFields f = YamlFields.of(node, where, REPLY_KEYS, this::problem);
        if (f == null) {
            return null;
        }
        LocalizedText text = required(f, "text", where + ".text") ? text(f.get("text"), where + ".text") : null;
        LocalizedText feedback = required(f, "feedback", where + ".feedback")
                ? text(f.get("feedback"), where + ".feedback") : null;
        Mood mood = required(f, "mood", where + ".mood") ? enumValue(Mood.class, f.get("mood"), where + ".mood", ContentKind.MOOD) : null;
        String next = required(f, "next", where + ".next") ? scalar(f.get("next"), where + ".next") : null;
        nexts.add(f.get("next"));
        Map<Skill, Integer> effects = f.has("effects") ? effects(f.get("effects"), where + ".effects") : Map.of();
        return new Reply(text, feedback, effects, mood, next);
    }

    private Map<Skill, Integer> effects(Node node, String where) {
        YamlFields f = YamlFields.of(node, where, null, this::problem);
        Map<Skill, Integer> effects = new EnumMap<>(Skill.class);
        if (f == null) {
            return effects;
        }
        f.forEach((name, value) -> {
            Skill skill = known(Skill.class, name);
            if (skill == null) {
                problem(f.keyNode(name), "training.problem.unknown-value", where, ContentKind.SKILL, name, names(Skill.values()));
                return;
            }
            Integer effect = number(value, where + "." + name, -MAX_EFFECT, MAX_EFFECT);
            if (effect != null) {
                effects.put(skill, effect);
            }
        });
        return effects;
    }

    private void checkGraph(String start, Node startNode, Map<String, Step> steps) {
        if (!steps.containsKey(start)) {
            problem(startNode, "training.problem.unknown-start", start);
            return;
        }
        nextNodes.forEach((stepId, nodes) -> {
            List<Reply> replies = steps.get(stepId).replies();
            for (int i = 0; i < replies.size(); i++) {
                if (!steps.containsKey(replies.get(i).next())) {
                    problem(nodes.get(i), "training.problem.unknown-next", stepId, replies.get(i).next());
                }
            }
        });
        if (!problems.isEmpty()) {
            return;
        }
        Set<String> reachable = ModuleScoring.reachableFrom(start, steps);
        Set<String> leadToEnd = ModuleScoring.leadingToAnEnding(steps);
        for (String stepId : steps.keySet()) {
            if (!reachable.contains(stepId)) {
                problem(stepKeys.get(stepId), "training.problem.unreachable", stepId, start);
            } else if (!leadToEnd.contains(stepId)) {
                problem(stepKeys.get(stepId), "training.problem.no-way-out", stepId);
            }
        }
    }

    private boolean required(YamlFields f, String key, String where) {
        if (!f.has(key)) {
            problem(f.node(), "training.problem.missing", where);
            return false;
        }
        return true;
    }

    private String scalar(Node node, String where) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problem(node, "training.problem.not-scalar", where);
        return null;
    }

    private Integer number(Node node, String where, int min, int max) {
        String value = scalar(node, where);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(node, "training.problem.bad-number", where, min, max, value);
        return null;
    }

    private LocalizedText text(Node node, String where) {
        if (node instanceof ScalarNode) {
            problem(node, "training.problem.not-text", where);
            return null;
        }
        YamlFields f = YamlFields.of(node, where, TEXT_KEYS, this::problem);
        if (f == null) {
            return null;
        }
        String zh = f.get("zh") instanceof ScalarNode s ? s.getValue().strip() : "";
        String en = f.get("en") instanceof ScalarNode s ? s.getValue().strip() : null;
        if (zh.isEmpty()) {
            problem(f.has("zh") ? f.get("zh") : node, "training.problem.missing-zh", where);
            return null;
        }
        return new LocalizedText(zh, en);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, Node node, String where, ContentKind kind) {
        String value = scalar(node, where);
        if (value == null) {
            return null;
        }
        E known = known(type, value);
        if (known == null) {
            problem(node, "training.problem.unknown-value", where, kind, value, names(type.getEnumConstants()));
        }
        return known;
    }

    private List<String> codes(Node node, String where, ContentKind kind, Set<String> knownCodes) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "training.problem.not-list", where);
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            problem(node, "training.problem.empty-list", where);
        }
        List<String> codes = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String code = scalar(item, where);
            if (code != null && knownCodes != null && !knownCodes.contains(code)) {
                problem(item, "training.problem.unknown-value", where, kind, code,
                        String.join(", ", knownCodes.stream().sorted().toList()));
            } else if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }

    private void problem(Node at, String messageKey, Object... args) {
        problems.add(new ContentProblem(file, YamlFields.line(at), messageKey, List.of(args)));
    }
}
