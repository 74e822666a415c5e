package wirewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import wirewatch.statement.Aliases;
import wirewatch.statement.Extraction;
import wirewatch.statement.Grouped;
import wirewatch.statement.Grouper;
import wirewatch.statement.Rendering;
import wirewatch.statement.Statement;
import wirewatch.statement.StatementExtractor;
import wirewatch.statement.VariantMatcher;

/**
 * Measures extraction, attribution and variant grouping against a gold corpus folder: {@code NNN.txt} articles,
 * {@code gold.jsonl} statements, {@code groups.jsonl} variant groups, optional {@code aliases.json} and
 * {@code articles.jsonl} (for the arrival order). Scoring follows the corpus's own scorer: a system quote matches a
 * gold quote of the same file and kind when their word-level F1 is at least 0.8 (direct) or 0.6 (indirect), one to
 * one, greedily by overlap; attribution is judged on matched direct quotes whose gold speaker is named (gold files
 * write an unnamed source as {@code UNKNOWN}), and an absent system speaker is wrong there; variant pairs tie
 * each gold statement to the most similar system statement of its file and compare groups over pairs of statements
 * from different files. Gold offsets are code points and are converted to chars. Reads only the files it is given.
 */
public final class StatementEval {
    private static final Pattern WORD = Pattern.compile("[\\w']+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How gold files write a source the article does not name. */
    private static final String GOLD_UNNAMED = "UNKNOWN";

    /** Precision, recall and F1 over {@code gold} gold items and {@code system} system items. */
    public record Score(double precision, double recall, double f1, int gold, int system, int matched) {
        static Score of(int matched, int system, int gold) {
            double p = system == 0 ? 0 : (double) matched / system;
            double r = gold == 0 ? 1 : (double) matched / gold;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold, system, matched);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (gold %d, system %d)", precision, recall, f1,
                    gold, system);
        }
    }

    /**
     * The figures of one evaluation; {@code attribution} is right / judged. {@code variantPairs} is absent for a
     * corpus without {@code groups.jsonl}, which links no remarks across articles.
     */
    public record Figures(Score direct, Score indirect, double attribution, int attributionRight,
                          int attributionJudged, Optional<Score> variantPairs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "direct %s; indirect %s; attribution %.2f (%d/%d); variant pairs %s",
                    direct, indirect, attribution, attributionRight, attributionJudged,
                    variantPairs.map(Score::toString).orElse("\u2013 (no groups.jsonl)"));
        }
    }

    /** One system statement of a corpus file, with its group. */
    public record Output(String file, Statement statement, String group) {
    }

    /** A gold statement; {@code speaker} is absent for a source the article does not name. */
    private record Gold(String file, @Nullable String speaker, String quote, String kind, int start, int end) {
    }

    private final StatementExtractor extractor = new StatementExtractor();
    private final Grouper grouper = new Grouper(new VariantMatcher());

    /** Extracts and groups every article of the folder in arrival order, carrying aliases across articles. */
    public List<Output> run(Path dir) throws IOException {
        Aliases aliases = Aliases.none();
        List<Output> out = new ArrayList<>();
        List<Rendering> placed = new ArrayList<>();
        for (String file : order(dir)) {
            Extraction x = extractor.read(Files.readString(dir.resolve(file), StandardCharsets.UTF_8), aliases);
            aliases = x.aliases();
            for (Statement s : x.statements()) {
                Grouped g = grouper.place(s, file, placed);
                if (!g.merged().isEmpty()) {
                    placed.replaceAll(r -> g.merged().contains(r.group())
                            ? new Rendering(r.statement(), r.article(), g.group()) : r);
                    out.replaceAll(o -> g.merged().contains(o.group()) ? new Output(o.file(), o.statement(), g.group())
                            : o);
                }
                if (g.namesGroup()) {
                    // As the store records it: the remark's earlier renderings that named no one take the speaker.
                    String speaker = Objects.requireNonNull(g.statement().speaker());
                    placed.replaceAll(r -> r.group().equals(g.group()) && r.statement().speaker() == null
                            ? new Rendering(r.statement().withSpeaker(speaker), r.article(), r.group()) : r);
                    out.replaceAll(o -> o.group().equals(g.group()) && o.statement().speaker() == null
                            ? new Output(o.file(), o.statement().withSpeaker(speaker), o.group()) : o);
                }
                placed.add(new Rendering(g.statement(), file, g.group()));
                out.add(new Output(file, g.statement(), g.group()));
            }
        }
        // As the tracker settles the story's groups once a batch is placed.
        List<String> settled = grouper.settle(placed);
        for (int i = 0; i < out.size(); i++) {
            Output o = out.get(i);
            out.set(i, new Output(o.file(), o.statement(), settled.get(i)));
        }
        return out;
    }

    /** Runs the extractor over the folder and scores it. */
    public Figures evaluate(Path dir) throws IOException {
        return score(dir, run(dir));
    }

    /** Scores given system output against the folder's gold files. */
    public Figures score(Path dir, List<Output> system) throws IOException {
        List<Gold> gold = gold(dir);
        Map<String, List<String>> aliases = aliases(dir);
        List<Gold[]> directMatched = new ArrayList<>();
        List<Output[]> directPairs = new ArrayList<>();
        Score direct = match(gold, system, "direct", 0.8, directMatched, directPairs);
        Score indirect = match(gold, system, "indirect", 0.6, new ArrayList<>(), new ArrayList<>());
        int right = 0;
        int judged = 0;
        for (int i = 0; i < directMatched.size(); i++) {
            Gold g = directMatched.get(i)[0];
            String speaker = g.speaker();
            if (speaker == null) {
                continue;
            }
            judged++;
            if (sameSpeaker(directPairs.get(i)[0].statement().speaker(), speaker, aliases)) {
                right++;
            }
        }
        return new Figures(direct, indirect, judged == 0 ? 0 : (double) right / judged, right, judged,
                variantPairs(dir, gold, system));
    }

    private static Score match(List<Gold> gold, List<Output> system, String kind, double threshold,
                               List<Gold[]> matchedGold, List<Output[]> matchedSystem) {
        Set<String> files = new HashSet<>();
        gold.forEach(g -> files.add(g.file()));
        List<Gold> goldK = gold.stream().filter(g -> g.kind().equals(kind)).toList();
        List<Output> sysK = system.stream().filter(o -> o.statement().kind().json().equals(kind)
                && files.contains(o.file())).toList();
        record Pair(double v, int g, int s) {
        }
        Map<String, List<Integer>> sysByFile = new HashMap<>();
        for (int si = 0; si < sysK.size(); si++) {
            sysByFile.computeIfAbsent(sysK.get(si).file(), f -> new ArrayList<>()).add(si);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < goldK.size(); gi++) {
            for (int si : sysByFile.getOrDefault(goldK.get(gi).file(), List.of())) {
                double v = wordF1(goldK.get(gi).quote(), sysK.get(si).statement().quote());
                if (v >= threshold) {
                    pairs.add(new Pair(v, gi, si));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::v).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        for (Pair p : pairs) {
            if (usedG.contains(p.g()) || usedS.contains(p.s())) {
                continue;
            }
            usedG.add(p.g());
            usedS.add(p.s());
            matchedGold.add(new Gold[] {goldK.get(p.g())});
            matchedSystem.add(new Output[] {sysK.get(p.s())});
        }
        return Score.of(usedG.size(), sysK.size(), goldK.size());
    }

    private Optional<Score> variantPairs(Path dir, List<Gold> gold, List<Output> system) throws IOException {
        if (!Files.isRegularFile(dir.resolve("groups.jsonl"))) {
            return Optional.empty();
        }
        Map<String, String> groupOf = new HashMap<>();
        int goldPairs = 0;
        for (JsonNode g : lines(dir.resolve("groups.jsonl"))) {
            List<JsonNode> members = new ArrayList<>();
            g.get("members").forEach(members::add);
            for (JsonNode m : members) {
                groupOf.put(m.get("file").asText() + ":" + m.get("start").asInt() + ":" + m.get("end").asInt(),
                        g.get("group").asText());
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (!members.get(i).get("file").asText().equals(members.get(j).get("file").asText())) {
                        goldPairs++;
                    }
                }
            }
        }
        List<String[]> tied = new ArrayList<>();
        for (Gold g : gold) {
            Output best = null;
            double bestValue = 0.6;
            for (Output o : system) {
                if (!o.file().equals(g.file())) {
                    continue;
                }
                double v = wordF1(g.quote(), o.statement().quote()) + (o.statement().kind().json().equals(g.kind())
                        ? 0.01 : 0);
                if (v >= bestValue) {
                    best = o;
                    bestValue = v;
                }
            }
            if (best != null) {
                tied.add(new String[] {g.file(), groupOf.get(g.file() + ":" + g.start() + ":" + g.end()),
                        best.group()});
            }
        }
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < tied.size(); i++) {
            for (int j = i + 1; j < tied.size(); j++) {
                String[] a = tied.get(i);
                String[] b = tied.get(j);
                if (a[0].equals(b[0])) {
                    continue;
                }
                boolean sameGold = a[1] != null && a[1].equals(b[1]);
                boolean sameSystem = a[2].equals(b[2]);
                tp += sameGold && sameSystem ? 1 : 0;
                fp += sameSystem && !sameGold ? 1 : 0;
            }
        }
        return Optional.of(Score.of(tp, tp + fp, goldPairs));
    }

    static double wordF1(String gold, String system) {
        List<String> a = words(gold);
        List<String> b = words(system);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> ca = new HashMap<>();
        a.forEach(w -> ca.merge(w, 1, Integer::sum));
        Map<String, Integer> cb = new HashMap<>();
        b.forEach(w -> cb.merge(w, 1, Integer::sum));
        int common = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / b.size();
        double r = (double) common / a.size();
        return 2 * p * r / (p + r);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** True when the system named the gold speaker; an absent system speaker names no one. */
    static boolean sameSpeaker(@Nullable String system, String gold, Map<String, List<String>> aliases) {
        if (system == null) {
            return false;
        }
        String s = system.strip().toLowerCase(Locale.ROOT);
        String g = gold.toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return false;
        }
        if (s.equals(g)) {
            return true;
        }
        for (String alias : aliases.getOrDefault(gold, List.of())) {
            if (alias.toLowerCase(Locale.ROOT).equals(s)) {
                return true;
            }
        }
        List<String> gs = words(g);
        List<String> ss = words(s);
        return !gs.isEmpty() && !ss.isEmpty() && gs.get(gs.size() - 1).equals(ss.get(ss.size() - 1))
                && gs.get(gs.size() - 1).length() > 2;
    }

    private List<Gold> gold(Path dir) throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<Gold> out = new ArrayList<>();
        for (JsonNode g : lines(dir.resolve("gold.jsonl"))) {
            String file = g.get("file").asText();
            String text = texts.computeIfAbsent(file, f -> read(dir.resolve(f)));
            int start = text.offsetByCodePoints(0, g.get("start").asInt());
            int end = text.offsetByCodePoints(0, g.get("end").asInt());
            out.add(new Gold(file, goldSpeaker(g.path("speaker")), g.get("quote").asText(), g.get("kind").asText(),
                    start, end));
        }
        return out;
    }

    /** A gold speaker: absent when the file writes {@code UNKNOWN}, {@code null} or nothing. */
    static @Nullable String goldSpeaker(JsonNode speaker) {
        if (!speaker.isTextual() || speaker.asText().equals(GOLD_UNNAMED)) {
            return null;
        }
        return speaker.asText();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, List<String>> aliases(Path dir) throws IOException {
        Path file = dir.resolve("aliases.json");
        Map<String, List<String>> out = new HashMap<>();
        if (Files.exists(file)) {
            JSON.readTree(file.toFile()).fields().forEachRemaining(e -> {
                List<String> names = new ArrayList<>();
                e.getValue().forEach(n -> names.add(n.asText()));
                out.put(e.getKey(), names);
            });
        }
        return out;
    }

    /** Article files in arrival order: by {@code published} in articles.jsonl when present, else by name. */
    private static List<String> order(Path dir) throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = new ArrayList<>(list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .sorted().toList());
        }
        Path meta = dir.resolve("articles.jsonl");
        if (Files.exists(meta)) {
            Map<String, String> published = new LinkedHashMap<>();
            for (JsonNode a : lines(meta)) {
                published.put(a.path("file").asText(), a.path("published").asText(""));
            }
            files.sort(Comparator.comparing((String f) -> published.getOrDefault(f, "")));
        }
        return files;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("{")) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
