package wirewatch.app;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bundled story of {@code wirewatch demo}: a fictional day of truce talks reported by five fictional outlets,
 * with remarks rendered differently by different outlets, a speaker who changes position, an article edited after
 * publication and an outlet whose feed carries only summaries. Read from {@code /demo/story.yml}; immutable.
 */
public final class DemoStory {
    private static final String RESOURCE = "/demo/story.yml";

    /** An outlet: its feed name, its title, and whether its feed gives only a summary ({@code thin}). */
    public record Outlet(String name, String title, boolean thin) {
    }

    /** A later version of an article: a new title (or none) and replaced paragraphs by index. */
    public record Edit(LocalTime at, @Nullable String title, Map<Integer, String> paragraphs) {
        public Edit {
            paragraphs = paragraphs == null ? Map.of() : Map.copyOf(paragraphs);
        }
    }

    /** One article as first published, with its optional later edit; times are of the story's day, in UTC. */
    public record Item(String id, String outlet, LocalTime at, String title, @Nullable String summary,
                       List<String> paragraphs, @Nullable Edit edit) {
        public Item {
            requireNonNull(id, "id");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** An article as it reads at some moment: its title, its paragraphs, and when it last changed. */
    public record Version(Item item, String title, List<String> paragraphs, Instant published, Instant updated) {
        public Version {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private record Watch(String name, String query) {
    }

    private record Raw(LocalDate day, LocalTime starts, LocalTime ends, List<Outlet> outlets,
                       Map<String, List<String>> people, List<Watch> watches, List<Item> articles) {
    }

    private final Raw raw;

    private DemoStory(Raw raw) {
        this.raw = raw;
    }

    /** The bundled story. */
    public static DemoStory load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DemoStory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the wirewatch jar");
            }
            return new DemoStory(yaml.readValue(in, Raw.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** When the story's day begins (the simulated clock's start). */
    public Instant start() {
        return at(raw.starts());
    }

    /** When the story's day ends; the simulated clock stops there. */
    public Instant end() {
        return at(raw.ends());
    }

    public List<Outlet> outlets() {
        return raw.outlets();
    }

    /** Every article, in publication order. */
    public List<Item> items() {
        return raw.articles().stream().sorted(Comparator.comparing(Item::at)).toList();
    }

    public Optional<Item> item(String id) {
        return raw.articles().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The outlet's articles as they read at {@code now}: published ones only, newest first, edits applied. */
    public List<Version> feed(String outlet, Instant now) {
        List<Version> versions = new ArrayList<>();
        for (Item item : items()) {
            if (item.outlet().equals(outlet)) {
                asOf(item, now).ifPresent(versions::add);
            }
        }
        versions.sort(Comparator.comparing(Version::published).reversed());
        return versions;
    }

    /** The article as it reads at {@code now}, or empty before it is published. */
    public Optional<Version> asOf(Item item, Instant now) {
        Instant published = at(item.at());
        if (now.isBefore(published)) {
            return Optional.empty();
        }
        Edit edit = item.edit();
        if (edit == null || now.isBefore(at(edit.at()))) {
            return Optional.of(new Version(item, item.title(), item.paragraphs(), published, published));
        }
        List<String> paragraphs = new ArrayList<>(item.paragraphs());
        edit.paragraphs().forEach((index, text) -> {
            if (index >= 0 && index < paragraphs.size()) {
                paragraphs.set(index, text);
            }
        });
        String title = edit.title() == null ? item.title() : edit.title();
        return Optional.of(new Version(item, title, paragraphs, published, at(edit.at())));
    }

    /** The feeds.yml for the story served at {@code base} (as {@link DemoServer#base()} gives it). */
    public String feedsYaml(URI base) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("poll", "2s");
        List<Map<String, Object>> feeds = new ArrayList<>();
        for (Outlet outlet : raw.outlets()) {
            Map<String, Object> feed = new LinkedHashMap<>();
            feed.put("name", outlet.name());
            feed.put("url", base.resolve("feeds/" + outlet.name() + ".xml").toString());
            feed.put("every", "2s");
            feed.put("fulltext", "auto");
            feeds.add(feed);
        }
        config.put("feeds", feeds);
        List<Map<String, Object>> watches = new ArrayList<>();
        for (Watch watch : raw.watches()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", watch.name());
            entry.put("query", watch.query());
            watches.add(entry);
        }
        config.put("watches", watches);
        config.put("people", raw.people());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        try {
            return yaml.writeValueAsString(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's feeds.yml", e);
        }
    }

    /** The names of the story's watches, in order. */
    public List<String> watchNames() {
        return raw.watches().stream().map(Watch::name).toList();
    }

    private Instant at(LocalTime time) {
        return raw.day().atTime(time).toInstant(ZoneOffset.UTC);
    }
}
