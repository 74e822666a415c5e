#!/usr/bin/env python3
"""The Python half of bench/feed-coverage.sh: serve a folder, write its feeds.yml, compare the two readings.

  feed_coverage.py serve DIR PORTFILE        serve DIR on 127.0.0.1, a free port written to PORTFILE
  feed_coverage.py config DIR BASEURL        print a feeds.yml naming every *.xml under DIR, and a '*:*' watch
  feed_coverage.py compare DIR BASEURL DB [--misses]
                                             feedparser's entries against the articles stored in DB
"""
import functools
import html
import http.server
import os
import re
import sqlite3
import sys
import urllib.parse

import feedparser


def feeds(folder):
    """(feed name, path relative to folder) for every *.xml file, sorted; names are f-1, f-2, ..."""
    paths = []
    for top, _, files in os.walk(folder):
        paths += [os.path.relpath(os.path.join(top, f), folder) for f in files if f.endswith(".xml")]
    return [("f-%d" % (i + 1), p) for i, p in enumerate(sorted(paths))]


def url(base, relative):
    return base + "/" + urllib.parse.quote(relative.replace(os.sep, "/"))


def serve(folder, port_file):
    handler = functools.partial(Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with open(port_file + ".tmp", "w") as out:
        out.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def config(folder, base):
    print("poll: 1h")
    print("feeds:")
    for name, path in feeds(folder):
        print("  - name: %s" % name)
        print("    url: '%s'" % url(base, path).replace("'", "''"))
        print("    fulltext: never")
    print("watches:")
    print("  - name: everything")
    print("    query: '*:*'")


def link_key(link):
    """The link with its scheme and host in lower case and no trailing slash, as both readers may differ there."""
    parts = urllib.parse.urlsplit((link or "").strip().replace(" ", "%20"))
    link = urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower()) + tuple(parts[2:]))
    return link.rstrip("/")


def title_key(entry):
    """feedparser's title as text with its whitespace collapsed: a title that is not text/plain holds markup."""
    title = entry.get("title") or ""
    if entry.get("title_detail", {}).get("type") != "text/plain":
        title = html.unescape(re.sub(r"<[^>]*>", " ", title))
    return plain(title)


def plain(text):
    return " ".join((text or "").split())


def compare(folder, base, db, show_misses):
    stored = {}
    with sqlite3.connect(db) as connection:
        for feed, link, title in connection.execute("SELECT feed, url, title FROM article"):
            links, titles = stored.setdefault(feed, (set(), set()))
            if link:
                links.add(link_key(link))
            if title:
                titles.add(plain(title))
    entries = covered = unkeyed = files = crashed = 0
    missed = []
    for name, path in feeds(folder):
        files += 1
        try:
            parsed = feedparser.parse(url(base, path))
        except Exception:  # feedparser's loose parser raises on a few hostile files; they have no entries to cover
            crashed += 1
            continue
        links, titles = stored.get(name, (set(), set()))
        keys = {}
        for entry in parsed.entries:
            link, title = link_key(entry.get("link")), title_key(entry)
            if not link and not title:
                unkeyed += 1
                continue
            keys.setdefault(link or title, (link, title))
        for key, (link, title) in keys.items():
            entries += 1
            if (link and link in links) or (title and title in titles):
                covered += 1
            else:
                missed.append("%s: %s" % (path, key))
    if show_misses:
        for line in missed:
            print("missed " + line)
    share = 100.0 * covered / entries if entries else 100.0
    print("feeds: %d files (feedparser raised on %d); feedparser entries: %d distinct (keyed by link, else title;"
          " %d without either left out)" % (files, crashed, entries, unkeyed))
    print("wirewatch stored: %d of them, coverage %.2f%%" % (covered, share))


def main(argv):
    if len(argv) >= 3 and argv[0] == "serve":
        serve(argv[1], argv[2])
    elif len(argv) == 3 and argv[0] == "config":
        config(argv[1], argv[2])
    elif len(argv) >= 4 and argv[0] == "compare":
        compare(argv[1], argv[2], argv[3], "--misses" in argv[4:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
