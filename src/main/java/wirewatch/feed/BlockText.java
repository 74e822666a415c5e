package wirewatch.feed;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders parsed HTML as the text a browser shows (an {@code <object>}'s fallback text included: no plugin runs),
 * raw, in which block elements are separated by blank lines and {@code <br>} is a line break; whitespace inside
 * text follows HTML rules (collapsible, except in {@code <pre>}). The result still needs {@link TextCleaner#clean}.
 */
final class BlockText implements NodeFilter {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "svg", "math", "button", "select", "textarea");

    private final StringBuilder out = new StringBuilder();
    private int preDepth;

    private BlockText() {
    }

    static String of(Element root) {
        BlockText text = new BlockText();
        NodeTraversor.filter(text, root);
        return text.out.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
            appendText(((TextNode) node).getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
        }
        Element element = (Element) node;
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            out.append('\n');
        } else if (tag.equals("pre")) {
            preDepth++;
            out.append("\n\n");
        } else if (element.isBlock()) {
            out.append("\n\n");
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element) {
            Element element = (Element) node;
            if (element.normalName().equals("pre")) {
                preDepth--;
                out.append("\n\n");
            } else if (element.isBlock()) {
                out.append("\n\n");
            }
        }
        return FilterResult.CONTINUE;
    }

    private void appendText(String text) {
        if (preDepth > 0) {
            out.append(text);
            return;
        }
        // Source line breaks inside HTML text are only whitespace.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
    }
}
