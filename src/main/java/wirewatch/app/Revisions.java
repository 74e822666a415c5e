package wirewatch.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;
import wirewatch.event.EventIds;
import wirewatch.event.EventJson;
import wirewatch.event.MatchEvent;
import wirewatch.event.Quote;
import wirewatch.event.RevisionEvent;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.statement.Statement;
import wirewatch.statement.WordDiff;
import wirewatch.store.Batch;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/**
 * Decides what an edit changed in an article seen before: the title, the paragraphs of text that differ, and the
 * statements added or removed, each with a word diff. Changes that are not edits (whitespace, re-encoding,
 * timestamp lines) were already filtered by {@link ContentHash}. Runs on the writer thread.
 */
final class Revisions {
    private final Store store;
    private final WordDiff words = new WordDiff();

    Revisions(Store store) {
        this.store = store;
    }

    String diff(String before, String after) {
        return words.diff(before, after);
    }

    List<Event> record(Prepared prepared, Instant now, Batch batch, Recorder recorder) {
        Article before = prepared.previous().article();
        Article after = keepFullText(before, prepared);
        List<String> watches = store.watchesOf(after.id());
        List<RevisionEvent.Change> changes = new ArrayList<>();
        if (!ContentHash.normalize(before.title()).equals(ContentHash.normalize(after.title()))) {
            changes.add(new RevisionEvent.Change("title", before.title(), after.title(),
                    diff(before.title(), after.title())));
        }
        textChange(before.body(), after.body()).ifPresent(changes::add);
        List<Event> events = new ArrayList<>();
        if (!watches.isEmpty()) {
            changes.addAll(statementChanges(prepared, after, watches.get(0), now, batch, events, recorder));
        }
        events.addAll(newMatches(prepared, after, watches, now, batch));
        batch.article(new Batch.ArticleWrite(after, prepared.hash(), ContentHash.canonicalUrl(after.url()), now, null,
                true));
        if (changes.isEmpty() || watches.isEmpty()) {
            return events;
        }
        batch.revision(new Batch.RevisionWrite(after.id(), now, EventJson.write(changes)));
        List<Event> revisionEvents = new ArrayList<>();
        for (String watch : watches) {
            revisionEvents.add(new RevisionEvent(EventIds.of("revision", watch, after.id(), prepared.hash()), now,
                    watch, Recorder.ref(after), changes));
        }
        revisionEvents.addAll(events);
        return revisionEvents;
    }

    /** A re-poll whose page fetch failed must not look like an edit that deleted the article's text. */
    private static Article keepFullText(Article before, Prepared prepared) {
        Article after = prepared.article();
        if (!prepared.fullText() && before.body().length() > after.body().length() * 3 / 2) {
            return after.withBody(before.body());
        }
        return after;
    }

    private java.util.Optional<RevisionEvent.Change> textChange(String before, String after) {
        Set<String> oldParagraphs = paragraphs(before);
        Set<String> newParagraphs = paragraphs(after);
        List<String> removed = oldParagraphs.stream().filter(p -> !newParagraphs.contains(p)).toList();
        List<String> added = newParagraphs.stream().filter(p -> !oldParagraphs.contains(p)).toList();
        if (removed.isEmpty() && added.isEmpty()) {
            return java.util.Optional.empty();
        }
        String was = String.join("\n\n", removed);
        String is = String.join("\n\n", added);
        return java.util.Optional.of(new RevisionEvent.Change("text", was, is, diff(was, is)));
    }

    private static Set<String> paragraphs(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String normal = ContentHash.normalize(paragraph);
            if (!normal.isEmpty()) {
                found.add(normal);
            }
        }
        return found;
    }

    private List<RevisionEvent.Change> statementChanges(Prepared prepared, Article after, String watch, Instant now,
                                                        Batch batch, List<Event> events, Recorder recorder) {
        List<StoredStatement> stored = store.statementsOf(after.id());
        Set<String> oldQuotes = new LinkedHashSet<>();
        Map<String, String> attributed = new HashMap<>();
        for (StoredStatement s : stored) {
            String line = line(s.speaker(), s.quote());
            oldQuotes.add(line);
            if (s.speaker() != null) {
                attributed.putIfAbsent(s.quote(), line);
            }
        }
        Set<String> newQuotes = new LinkedHashSet<>();
        List<RevisionEvent.Change> changes = new ArrayList<>();
        for (Statement statement : prepared.statements()) {
            String line = line(statement.speaker(), statement.quote());
            if (statement.speaker() == null && !oldQuotes.contains(line)) {
                // Unnamed in the article, the quote was stored with the speaker another outlet's rendering gave it.
                line = attributed.getOrDefault(statement.quote(), line);
            }
            newQuotes.add(line);
            if (!oldQuotes.contains(line)) {
                changes.add(new RevisionEvent.Change("statement", "", line, "{+" + line + "+}"));
                recorder.addStatement(recorder.tracker().place(statement, after.id(), after.feed(), after.title(),
                        after.url(), now), after, watch, now, batch, events);
            }
        }
        for (String line : oldQuotes) {
            if (!newQuotes.contains(line)) {
                changes.add(new RevisionEvent.Change("statement", line, "", "[-" + line + "-]"));
            }
        }
        return changes;
    }

    /** A statement as a revision shows it: {@code Speaker: quote}, or the quote alone when no one is named. */
    private static String line(@Nullable String speaker, String quote) {
        return speaker == null ? quote : speaker + ": " + quote;
    }

    private List<Event> newMatches(Prepared prepared, Article after, List<String> watches, Instant now, Batch batch) {
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = prepared.statements().stream()
                .map(s -> new Quote(s.speaker(), s.quote(), s.kind().json())).toList();
        for (Match match : prepared.matches()) {
            if (watches.contains(match.watch())) {
                continue;
            }
            batch.match(new Batch.MatchWrite(match.watch(), after.id(), Recorder.sortTime(after, now),
                    match.snippet(), match.terms(), Marks.of(match), List.of()));
            events.add(new MatchEvent(EventIds.of("match", match.watch(), after.id()), now, match.watch(),
                    Recorder.ref(after), List.of(), match.snippet(), match.terms(), Marks.of(match), quotes));
        }
        return events;
    }
}
