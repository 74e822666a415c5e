package wirewatch.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * What each key does, by the dashboard's mode: the filter prompt takes typing first, then the help overlay, then
 * the statements view, then the panes. The help overlay ({@link HelpOverlay}) lists the same keys.
 */
final class KeyHandler {
    private final Dashboard dashboard;

    KeyHandler(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** Returns false when the key asks to quit. */
    boolean handle(KeyStroke key) {
        Character c = key.getCharacter();
        if (key.getKeyType() == KeyType.EOF || key.isCtrlDown() && c != null && (c == 'c' || c == 'C')) {
            return false;
        }
        if (key.isCtrlDown() && c != null && (c == 'l' || c == 'L')) {
            dashboard.redrawAll = true;
            return true;
        }
        if (dashboard.prompt != null) {
            prompt(key);
            return true;
        }
        if (dashboard.help) {
            if (is(key, 'q')) {
                return false;
            }
            dashboard.help = false;
            return true;
        }
        if (dashboard.feedsShown && feedsKey(key)) {
            return true;
        }
        if (dashboard.statementsShown && statementsKey(key)) {
            return true;
        }
        return common(key);
    }

    private boolean common(KeyStroke key) {
        Dashboard d = dashboard;
        d.say(null);
        switch (key.getKeyType()) {
            case ArrowUp: d.moveIn(-1); return true;
            case ArrowDown: d.moveIn(1); return true;
            case PageUp: d.page(-1); return true;
            case PageDown: d.page(1); return true;
            case Home: d.toEnd(false); return true;
            case End: d.toEnd(true); return true;
            case Tab: d.focus = d.expanded ? Focus.ARTICLE : d.focus.next(); return true;
            case ReverseTab: d.focus = d.expanded ? Focus.ARTICLE : d.focus.previous(); return true;
            case ArrowLeft: left(); return true;
            case ArrowRight: right(); return true;
            case Enter: enter(); return true;
            case Escape: escape(); return true;
            case Character: return character(key.getCharacter());
            default: return true;
        }
    }

    private boolean character(char c) {
        Dashboard d = dashboard;
        switch (c) {
            case 'q': return false;
            case 'j': d.moveIn(1); break;
            case 'k': d.moveIn(-1); break;
            case 'g': d.toEnd(false); break;
            case 'G': d.toEnd(true); break;
            case 'h': left(); break;
            case 'l': right(); break;
            case '?': d.help = true; break;
            case '/': d.startPrompt(false); break;
            case 'S': d.startPrompt(true); break;
            case 'm': d.seen().toggle(); break;
            case 'n': d.seen().next(true); break;
            case 'N': d.seen().next(false); break;
            case 'A': d.seen().markWatch(); break;
            case 'r': d.refresh(); break;
            case 'o': d.openUrl(); break;
            case 's': toggleStatements(); break;
            case 'f': dashboard.toggleFeeds(); break;
            default: break;
        }
        return true;
    }

    private void left() {
        if (!dashboard.expanded && dashboard.focus != Focus.WATCHES) {
            dashboard.focus = dashboard.focus.previous();
        }
    }

    private void right() {
        if (!dashboard.expanded && dashboard.focus != Focus.ARTICLE) {
            dashboard.focus = dashboard.focus.next();
        }
    }

    private void enter() {
        Dashboard d = dashboard;
        if (d.focus == Focus.WATCHES) {
            d.focus = Focus.MATCHES;
        } else if (d.focus == Focus.MATCHES) {
            d.expanded = true;
            d.focus = Focus.ARTICLE;
            d.articleScroll = 0;
        } else {
            d.expanded = !d.expanded;
            d.focus = d.expanded ? Focus.ARTICLE : Focus.MATCHES;
        }
        if (d.expanded) {
            d.seen().opened();
        }
    }

    private void escape() {
        Dashboard d = dashboard;
        if (d.expanded) {
            d.expanded = false;
            d.focus = Focus.MATCHES;
        } else if (d.isSearch()) {
            d.watchChanged();
        } else if (d.filter() != null) {
            d.applyFilter(null);
        }
    }

    private void toggleStatements() {
        Dashboard d = dashboard;
        d.statementsShown = !d.statementsShown;
        if (d.statementsShown) {
            d.statements().show();
        }
    }

    /** Keys of the feeds view; returns false for keys it leaves to the panes ({@code q}, {@code ?}). */
    private boolean feedsKey(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Escape || is(key, 'f')) {
            dashboard.toggleFeeds();
        } else if (type == KeyType.ArrowDown || is(key, 'j')) {
            dashboard.feeds().move(1);
        } else if (type == KeyType.ArrowUp || is(key, 'k')) {
            dashboard.feeds().move(-1);
        } else if (is(key, 'r')) {
            dashboard.retryFeed();
        } else {
            return !(is(key, 'q') || is(key, '?'));
        }
        return true;
    }

    /** Keys of the statements view; returns false for keys it leaves to the panes. */
    private boolean statementsKey(KeyStroke key) {
        StatementsView view = dashboard.statements();
        KeyType type = key.getKeyType();
        if (type == KeyType.Escape || is(key, 's')) {
            dashboard.statementsShown = false;
        } else if (type == KeyType.ArrowDown || is(key, 'j')) {
            view.move(1);
        } else if (type == KeyType.ArrowUp || is(key, 'k')) {
            view.move(-1);
        } else if (type == KeyType.PageDown || is(key, ' ')) {
            view.scroll(10);
        } else if (type == KeyType.PageUp) {
            view.scroll(-10);
        } else if (type == KeyType.Tab || type == KeyType.ReverseTab) {
            view.switchPane();
        } else {
            return type == KeyType.Enter;
        }
        return true;
    }

    private void prompt(KeyStroke key) {
        Dashboard d = dashboard;
        StringBuilder typed = d.prompt;
        if (typed == null) {
            return;
        }
        boolean live = !d.searchPrompt;
        switch (key.getKeyType()) {
            case Enter:
                d.prompt = null;
                if (!live) {
                    d.search(typed.toString());
                }
                break;
            case Escape:
                d.prompt = null;
                if (live) {
                    d.applyFilter(null);
                }
                break;
            case Backspace:
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                }
                break;
            case Character:
                // Control characters would reach the status line as terminal commands.
                if (typed.length() < 200 && !Character.isISOControl(key.getCharacter())) {
                    typed.append(key.getCharacter());
                }
                break;
            default:
                return;
        }
        if (live && d.prompt != null) {
            d.applyFilter(typed.toString());
        }
    }

    private static boolean is(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.getCharacter() == c && !key.isCtrlDown();
    }
}
