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
import wirewatch.event.Quote;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.statement.Diff;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.statement.WordDiff;
import wirewatch.store.Batch;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/**
 * Decides what an edit changed in an article seen before: the title, the paragraphs of text that differ, and the
 * statements added or removed, each with a word diff. Changes that are not edits (whitespace, re-encoding,
 * timestamp lines) were already filtered by {@link ContentHash}; a change in how the bytes were decoded alone
 * ({@link DecodingNoise}) records the better text and nothing else. Runs on the writer thread.
 */
final class Revisions {
    private final Store store;

    Revisions(Store store) {
        this.store = store;
    }

    List<Event> record(Prepared prepared, Instant now, Batch batch, StatementRecorder statements) {
        Article before = prepared.previous().article();
        Article after = keepFullText(before, prepared);
        if (DecodingNoise.isOnlyDifference(before, after)) {
            // A stray byte, or a misread charset, in one of the two polls: not an edit. The better decoded text is
            // kept under the new hash, so the next poll of either version is no news.
            Article kept = DecodingNoise.noise(after) < DecodingNoise.noise(before) ? after : before;
            batch.article(new Batch.ArticleWrite(kept, prepared.hash(), ContentHash.canonicalUrl(kept.url()), now,
                    null, true));
            return List.of();
        }
        List<String> watches = store.watchesOf(after.id());
        List<RevisionEvent.Change> changes = new ArrayList<>();
        if (!ContentHash.normalize(before.title()).equals(ContentHash.normalize(after.title()))) {
            changes.add(new RevisionEvent.Change("title", before.title(), after.title(),
                    WordDiff.between(before.title(), after.title())));
        }
        textChange(before.body(), after.body()).ifPresent(changes::add);
        List<Event> matches = new ArrayList<>();
        List<String> newWatches = newMatches(prepared, after, watches, now, batch, matches);
        List<Event> said = new ArrayList<>();
        if (!watches.isEmpty() || !newWatches.isEmpty()) {
            changes.addAll(statementChanges(prepared, after, watches, newWatches, now, batch, said, statements));
        }
        batch.article(new Batch.ArticleWrite(after, prepared.hash(), ContentHash.canonicalUrl(after.url()), now, null,
                true));
        List<Event> events = new ArrayList<>();
        if (!changes.isEmpty() && !watches.isEmpty()) {
            batch.revision(new Batch.RevisionWrite(after.id(), now, changes));
            for (String watch : watches) {
                events.add(new RevisionEvent(EventIds.of("revision", watch, after.id(), prepared.hash()), now,
                        watch, Recorder.ref(after), changes));
            }
        }
        // A watch hears of an article (its match) before it hears of the article's statements.
        events.addAll(matches);
        events.addAll(said);
        return events;
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
        return java.util.Optional.of(new RevisionEvent.Change("text", was, is, WordDiff.between(was, is)));
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

    /**
     * The statements the edit added or removed. Added ones are placed in the story and reported to every watch of
     * the article; removed ones stay stored, marked removed, and one an edit puts back again is unmarked, not
     * reported twice. The ones it kept are reported to the watches that match the article only since this edit,
     * which have not heard of them yet.
     */
    private List<RevisionEvent.Change> statementChanges(Prepared prepared, Article after, List<String> watches,
                                                        List<String> newWatches, Instant now, Batch batch,
                                                        List<Event> events, StatementRecorder statements) {
        List<String> all = new ArrayList<>(watches);
        all.addAll(newWatches);
        List<StoredStatement> stored = store.statementsOf(after.id());
        Set<String> current = new LinkedHashSet<>();
        Map<String, String> attributed = new HashMap<>();
        for (StoredStatement s : stored) {
            String line = line(s.speaker(), s.quote());
            if (!s.isRemoved()) {
                current.add(line);
            }
            if (s.speaker() != null) {
                attributed.putIfAbsent(s.quote(), line);
            }
        }
        Set<String> newQuotes = new LinkedHashSet<>();
        List<RevisionEvent.Change> changes = new ArrayList<>();
        for (Statement statement : prepared.statements()) {
            String own = line(statement.speaker(), statement.quote());
            // Unnamed in the article, the quote may have been stored with the speaker another outlet's rendering gave
            // it: that is the same statement, not a new one.
            String line = statement.speaker() == null && !current.contains(own)
                    ? attributed.getOrDefault(statement.quote(), own) : own;
            if (!newQuotes.add(line) || current.contains(line)) {
                continue;
            }
            changes.add(new RevisionEvent.Change("statement", "", line, Diff.inserted(line)));
            List<StoredStatement> back = stored.stream().filter(s -> line(s.speaker(), s.quote()).equals(line))
                    .toList();
            if (back.isEmpty()) {
                events.addAll(statements.record(statements.place(statement, after, now), after, all, now, batch));
            } else {
                back.forEach(s -> batch.removal(s.id(), null));
            }
        }
        for (String line : current) {
            if (!newQuotes.contains(line)) {
                changes.add(new RevisionEvent.Change("statement", line, "", Diff.deleted(line)));
            }
        }
        Set<String> told = new LinkedHashSet<>();
        for (StoredStatement kept : stored) {
            String line = line(kept.speaker(), kept.quote());
            if (!newQuotes.contains(line)) {
                if (!kept.isRemoved()) {
                    batch.removal(kept.id(), now);
                }
                continue;
            }
            if (newWatches.isEmpty() || !told.add(line)) {
                continue;
            }
            StatementEvent.Previous previous = previousOf(kept);
            for (String watch : newWatches) {
                events.add(StatementRecorder.event(watch, after.id(), kept.speaker(), kept.quote(), kept.kind(),
                        kept.change(), kept.group(), Recorder.ref(after), previous, now));
            }
        }
        return changes;
    }

    /** A statement as a revision shows it: {@code Speaker: quote}, or the quote alone when no one is named. */
    private static String line(@Nullable String speaker, String quote) {
        return speaker == null ? quote : speaker + ": " + quote;
    }

    /** For a stored variant, the remark's first rendering, which it varies; nothing for a remark's first. */
    private StatementEvent.@Nullable Previous previousOf(StoredStatement kept) {
        if (kept.change() != Grouped.Change.VARIANT) {
            return null;
        }
        return store.statementsInGroup(kept.group(), 1).stream().filter(first -> first.id() != kept.id())
                .map(first -> StatementRecorder.previous(first, kept.quote())).findFirst().orElse(null);
    }

    /** Match events for the watches that match the article only since this edit; returns those watches. */
    private List<String> newMatches(Prepared prepared, Article after, List<String> watches, Instant now, Batch batch,
                                    List<Event> events) {
        List<String> added = new ArrayList<>();
        List<Quote> quotes = prepared.statements().stream().map(Quote::of).toList();
        for (Match match : prepared.matches()) {
            if (watches.contains(match.watch())) {
                continue;
            }
            events.add(MatchEvents.record(match, after, quotes, now, batch));
            added.add(match.watch());
        }
        return added;
    }
}
