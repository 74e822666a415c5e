package wirewatch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a rule's hits in an article into a {@link Match}: hits in the title and body become offsets in
 * {@link Article#text()}, each named by its query term, and the snippet is cut around them. Thread-safe.
 */
final class MatchBuilder {
    private final Analyzer analyzer = new RuleAnalyzer();

    /**
     * Builds the match of {@code watch}, whose positive terms are {@code ruleTerms}, from the hits Lucene
     * reported. A phrase or proximity hit spans several words; it is split into the words the rule names.
     */
    Match build(String watch, Set<String> ruleTerms, ArticleText article, List<FieldHit> fieldHits) {
        List<TextHit> hits = new ArrayList<>(fieldHits.size());
        String text = article.text();
        for (FieldHit hit : fieldHits) {
            int shift = ArticleFields.offsetInText(article.article(), hit.field());
            addHits(text, hit.start() + shift, hit.end() + shift, hit.term(), ruleTerms, hits);
        }
        List<TextHit> distinct = distinctByPlace(hits);
        Snippet snippet = Snippet.cut(text, article.words(), distinct);
        Set<String> terms = new LinkedHashSet<>();
        distinct.forEach(hit -> terms.add(hit.term()));
        return new Match(watch, snippet.text(), List.copyOf(terms), snippet.marks());
    }

    private void addHits(String text, int start, int end, String term, Set<String> ruleTerms, List<TextHit> out) {
        boolean oneWord = isOneWord(text, start, end);
        if (oneWord && !term.isEmpty()) {
            out.add(new TextHit(start, end, term));
            return;
        }
        List<TextHit> tokens = tokens(text.substring(start, end), start);
        int before = out.size();
        tokens.stream().filter(token -> ruleTerms.contains(token.term())).forEach(out::add);
        if (out.size() == before && !tokens.isEmpty()) {
            // a wildcard: name the hit by the word it matched
            TextHit first = tokens.get(0);
            out.add(oneWord ? new TextHit(start, end, first.term()) : first);
        }
    }

    private static boolean isOneWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A word matched by two clauses (a term and a phrase, say) is one hit; sorted by place in the text. */
    private static List<TextHit> distinctByPlace(List<TextHit> hits) {
        Collections.sort(hits);
        List<TextHit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            TextHit hit = hits.get(i);
            TextHit previous = i == 0 ? null : hits.get(i - 1);
            if (previous == null || previous.start() != hit.start() || previous.end() != hit.end()) {
                out.add(hit);
            }
        }
        return out;
    }

    /** The analysed tokens of a piece of article text, with offsets in the article. */
    private List<TextHit> tokens(String surface, int shift) {
        List<TextHit> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleFields.BODY, surface)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new TextHit(shift + offset.startOffset(), shift + offset.endOffset(), term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }
}
