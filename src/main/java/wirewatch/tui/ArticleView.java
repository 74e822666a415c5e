package wirewatch.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wirewatch.event.Mark;
import wirewatch.event.RevisionEvent;
import wirewatch.store.MatchRow;
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
            add(out, width, List.of(Run.plain(body)));
        }
        statements(out, width, detail.statements());
        timelines(out, width, detail.statements());
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
        add(out, width, List.of(Run.of("Statements (" + said.size() + ")", Style.HEADER)));
        if (said.isEmpty()) {
            add(out, width, List.of(Run.of("  none found in this article", Style.DIM)));
        }
        for (ArticleDetail.Said one : said) {
            StoredStatement statement = one.statement();
            boolean isNew = "new".equals(statement.change());
            List<Run> line = new ArrayList<>();
            line.add(isNew ? Run.of("◆ ", Style.UNSEEN) : Run.of("≈ ", Style.DIM));
            line.add(SpeakerLabel.run(statement.speaker()));
            line.add(Run.plain(": “" + statement.quote() + "”"));
            if ("indirect".equals(statement.kind())) {
                line.add(Run.of(" (reported)", Style.DIM));
            }
            add(out, width, line);
            for (StoredStatement variant : one.variants()) {
                List<Run> diff = new ArrayList<>();
                diff.add(Run.of("    " + variant.feed() + " " + times.of(variant.time()) + ": ", Style.DIM));
                diff.addAll(DiffText.runs(WordDiff.between(variant.quote(), statement.quote()), color));
                add(out, width, diff);
            }
        }
    }

    private void timelines(List<List<Run>> out, int width, List<ArticleDetail.Said> said) {
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> here = new LinkedHashSet<>();
        for (ArticleDetail.Said one : said) {
            here.add(one.statement().group());
        }
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
                List<Run> line = new ArrayList<>();
                line.add(Run.of("  " + times.of(position.time()) + " " + position.feed() + " ", Style.DIM));
                line.add(position.time().isAfter(openedAt) ? Run.of("NEW ", Style.UNSEEN) : Run.plain(""));
                line.add(Run.plain("“" + position.quote() + "”"));
                if (here.contains(position.group())) {
                    line.add(Run.of(" ◂ this article", Style.DIM));
                }
                add(out, width, line);
            }
        }
    }

    private void revisions(List<List<Run>> out, int width, List<List<RevisionEvent.Change>> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        out.add(List.of());
        add(out, width, List.of(Run.of("Revisions (" + revisions.size() + ", newest first)", Style.HEADER)));
        for (List<RevisionEvent.Change> revision : revisions) {
            for (RevisionEvent.Change change : revision) {
                List<Segment> segments = change.diff().isEmpty()
                        ? WordDiff.between(change.before(), change.after()) : MarkedDiff.parse(change.diff());
                List<Run> line = new ArrayList<>();
                line.add(Run.of("  " + change.field() + ": ", Style.STRONG));
                line.addAll(DiffText.runs(segments, color));
                add(out, width, line);
            }
        }
    }

    private static void add(List<List<Run>> out, int width, List<Run> line) {
        out.addAll(Wrap.lines(line, width));
    }
}
