package wirewatch.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wirewatch.event.Mark;
import wirewatch.event.RevisionEvent;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.store.MatchRow;
import wirewatch.statement.WordDiff;
import wirewatch.store.StoredStatement;

/**
 * The article pane's text: headline and outlets, the snippet with the watch's terms highlighted, the statements
 * with each variant's word diff, the speakers' timelines and the revisions. Pure: detail in, wrapped lines out.
 */
final class ArticleView {
    private final TimeLabel times;
    private final boolean color;
    private final Instant openedAt;

    /** {@code openedAt}: positions first seen after it are marked new. */
    ArticleView(TimeLabel times, boolean color, Instant openedAt) {
        this.times = times;
        this.color = color;
        this.openedAt = openedAt;
    }

    List<List<Run>> lines(ArticleDetail detail, int width) {
        List<List<Run>> out = new ArrayList<>();
        MatchRow match = detail.match();
        add(out, width, List.of(Run.of(match.title(), Style.STRONG)));
        add(out, width, List.of(Run.of(meta(match), Style.DIM)));
        add(out, width, List.of(Run.of(match.url(), Style.DIM)));
        out.add(List.of());
        add(out, width, snippet(match.snippet(), match.marks()));
        String body = detail.body();
        if (body != null) {
            out.add(List.of());
            add(out, width, List.of(Run.of("Article", Style.HEADER)));
            for (String paragraph : body.split("\n\n")) {
                add(out, width, List.of(Run.plain(paragraph)));
                out.add(List.of());
            }
        }
        statements(out, width, detail.statements());
        timelines(out, width, match.articleId(), detail.statements());
        revisions(out, width, detail.revisions());
        return out;
    }

    private String meta(MatchRow match) {
        Instant published = match.published();
        StringBuilder meta = new StringBuilder(match.feed()).append(" · ")
                .append(times.of(published != null ? published : match.time()));
        if (!match.also().isEmpty()) {
            meta.append(" · also in ").append(String.join(", ", match.also()));
        }
        if (match.revised()) {
            meta.append(" · revised");
        }
        return meta.toString();
    }

    /** The snippet cut at its marks; each piece is made safe on its own, so the offsets stay true. */
    static List<Run> snippet(String snippet, List<Mark> marks) {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
            int start = Math.max(at, Math.min(mark.start(), snippet.length()));
            int end = Math.max(start, Math.min(mark.end(), snippet.length()));
            runs.add(Run.plain(snippet.substring(at, start)));
            runs.add(Run.of(snippet.substring(start, end), Style.TERM));
            at = end;
        }
        runs.add(Run.plain(snippet.substring(at)));
        return runs;
    }

    private void statements(List<List<Run>> out, int width, List<ArticleDetail.Said> said) {
        out.add(List.of());
        long removed = said.stream().filter(one -> one.statement().isRemoved()).count();
        add(out, width, List.of(Run.of("Statements (" + said.size() + (removed > 0 ? ", " + removed + " removed" : "")
                + ")", Style.HEADER)));
        if (said.isEmpty()) {
            add(out, width, List.of(Run.of("  none found in this article", Style.DIM)));
        }
        for (ArticleDetail.Said one : said) {
            add(out, width, said(one.statement()));
            renderings(out, width, one);
        }
    }

    /** The statement; one an edit took out of the article is crossed out and says when, never shown as current. */
    private List<Run> said(StoredStatement statement) {
        Instant removed = statement.removed();
        List<Run> line = new ArrayList<>();
        if (removed != null) {
            line.add(Run.of("✗ ", Style.REVISED));
        } else {
            boolean fresh = statement.change() == Grouped.Change.NEW;
            line.add(fresh ? Run.of("◆ ", Style.UNSEEN) : Run.of("≈ ", Style.DIM));
        }
        line.add(SpeakerLabel.run(statement.speaker()));
        line.add(Run.plain(": "));
        line.add(removed != null ? Run.of("“" + statement.quote() + "”", Style.DELETED)
                : Run.plain("“" + statement.quote() + "”"));
        if (statement.kind() == Statement.Kind.INDIRECT) {
            line.add(Run.of(" (reported)", Style.DIM));
        }
        if (removed != null) {
            line.add(Run.of(" · removed " + times.of(removed), Style.REVISED));
        }
        return line;
    }

    /**
     * Each rendering of the remark on a line of its own, as a word diff from the remark's first rendering to it:
     * its own words are the insertions, and the first rendering reads as it was said.
     */
    private void renderings(List<List<Run>> out, int width, ArticleDetail.Said one) {
        List<StoredStatement> renderings = one.renderings();
        if (renderings.isEmpty()) {
            return;
        }
        StoredStatement first = renderings.get(0);
        for (StoredStatement rendering : renderings) {
            List<String> labels = new ArrayList<>();
            if (rendering == first) {
                labels.add("first");
            }
            if (rendering.id() == one.statement().id()) {
                labels.add("this article");
            }
            if (rendering.isRemoved()) {
                labels.add("removed");
            }
            List<Run> line = new ArrayList<>();
            line.add(Run.of("    " + rendering.feed() + " " + times.of(rendering.time())
                    + labels.stream().map(label -> " · " + label).reduce("", String::concat) + ": ", Style.DIM));
            line.addAll(DiffText.runs(WordDiff.between(first.quote(), rendering.quote()), color));
            add(out, width, line);
        }
    }

    private void timelines(List<List<Run>> out, int width, String articleId, List<ArticleDetail.Said> said) {
        Set<String> speakers = new LinkedHashSet<>();
        for (ArticleDetail.Said one : said) {
            String speaker = one.statement().speaker();
            // A remark no one is named for belongs to no one's timeline of positions.
            if (speaker == null || !speakers.add(speaker) || one.timeline().size() < 2) {
                continue;
            }
            out.add(List.of());
            add(out, width, List.of(Run.of("Timeline · " + speaker, Style.HEADER),
                    Run.of("  newest first", Style.DIM)));
            for (StoredStatement position : one.timeline()) {
                add(out, width, position(position, articleId));
            }
        }
    }

    /** A position of the speaker; one that edits took out of every article is shown removed, never current or new. */
    private List<Run> position(StoredStatement position, String articleId) {
        List<Run> line = new ArrayList<>();
        line.add(Run.of("  " + times.of(position.time()) + " " + position.feed() + " ", Style.DIM));
        if (position.isRemoved()) {
            line.add(Run.of("removed ", Style.REVISED));
            line.add(Run.of("“" + position.quote() + "”", Style.DELETED));
        } else {
            line.add(position.time().isAfter(openedAt) ? Run.of("NEW ", Style.UNSEEN) : Run.plain(""));
            line.add(Run.plain("“" + position.quote() + "”"));
        }
        if (position.articleId().equals(articleId)) {
            line.add(Run.of(" ◂ this article", Style.DIM));
        }
        return line;
    }

    private void revisions(List<List<Run>> out, int width, List<List<RevisionEvent.Change>> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        out.add(List.of());
        add(out, width, List.of(Run.of("Revisions (" + revisions.size() + ", newest first)", Style.HEADER)));
        for (List<RevisionEvent.Change> revision : revisions) {
            for (RevisionEvent.Change change : revision) {
                List<Run> line = new ArrayList<>();
                line.add(Run.of("  " + change.field() + ": ", Style.STRONG));
                line.addAll(DiffText.runs(change.diff(), color));
                add(out, width, line);
            }
        }
    }

    private static void add(List<List<Run>> out, int width, List<Run> line) {
        out.addAll(Wrap.lines(line, width));
    }
}
