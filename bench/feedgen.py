#!/usr/bin/env python3
"""Writes a farm of RSS 2.0 feeds for the ingest benchmark.

Each feed is a fictional outlet's world-news channel; each item is a few paragraphs of
wire-style prose with direct quotes, reported speech and named speakers. About one item
in ten is about the ceasefire talks and mentions both "ceasefire" and "Kremlin", so the
benchmark's watch `ceasefire AND Kremlin` matches a known share of the articles.

The output is deterministic for a given --seed, so every tool reads the same bytes.
Item links point at --link-base, which nothing serves: tools must not fetch pages.
"""

import argparse
import os
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

OUTLETS = [
    "Harbour Times", "Northern Ledger", "Valley Courier", "Coastal Wire", "Capital Dispatch",
    "Morning Register", "Evening Herald", "Lakeside Post", "Continental Review", "Border Gazette",
    "Meridian News", "Riverside Chronicle", "Atlas Report", "Summit Observer", "Plains Journal",
]

SPEAKERS = [
    ("Foreign Minister", "Elena Markova"), ("Defence Secretary", "Tomas Redfern"),
    ("Prime Minister", "Agnes Holloway"), ("President", "Viktor Lanski"),
    ("UN envoy", "Samira Haddad"), ("Kremlin spokesman", "Dmitri Orlov"),
    ("Energy Minister", "Paulo Brandt"), ("opposition leader", "Ines Carvalho"),
    ("Health Minister", "Kwame Asante"), ("central bank governor", "Li Wen"),
    ("Interior Minister", "Jonas Vek"), ("mayor", "Rosa Delgado"),
    ("Red Cross spokeswoman", "Hanna Lindqvist"), ("Nato Secretary General", "Pieter Claes"),
    ("EU foreign policy chief", "Margit Solheim"), ("Finance Minister", "Arjun Mehta"),
]

PLACES = [
    "Geneva", "Istanbul", "Vienna", "Doha", "Brussels", "Warsaw", "Cairo", "Nairobi",
    "Jakarta", "Lima", "Oslo", "Ankara", "Helsinki", "Bucharest", "Riga", "Tbilisi",
]

TOPICS = {
    "floods": {
        "titles": ["Floods force thousands from homes in {place} region",
                   "Rescue teams reach villages cut off by floods near {place}",
                   "Rivers burst banks after a week of rain around {place}"],
        "facts": ["Emergency crews evacuated more than {n} residents overnight as water levels kept rising.",
                  "Rail services were suspended and {n} schools stayed closed on {day}.",
                  "Forecasters warned that another band of heavy rain would arrive before the weekend."],
        "quotes": ["We have never seen the river this high in my lifetime",
                   "Every available boat is on the water and we will not stop until everyone is safe",
                   "The defences held in the centre, but the outlying villages took the full force"],
        "reports": ["the government would release emergency funds by the end of the week",
                    "insurers had already received {n} claims",
                    "the army had been asked to help with the clean-up"],
    },
    "election": {
        "titles": ["Polls open in tight parliamentary election",
                   "Coalition talks stall after inconclusive vote",
                   "Turnout climbs as voters queue in {place}"],
        "facts": ["Preliminary results showed the two largest parties separated by fewer than {n} votes.",
                  "Observers from {d} countries monitored polling stations on {day}.",
                  "Counting was expected to continue well into the night."],
        "quotes": ["The people have spoken and we will respect every single ballot",
                   "This is a mandate for change, not for more of the same",
                   "We are ready to talk to anyone who shares our priorities"],
        "reports": ["her party would not enter a coalition with the far right",
                    "a second round might be needed in {d} districts",
                    "the electoral commission would publish full results on {day}"],
    },
    "energy": {
        "titles": ["Gas prices jump as pipeline maintenance is extended",
                   "Ministers meet in {place} to discuss winter energy supplies",
                   "New wind farm connects to the grid off the coast"],
        "facts": ["Wholesale prices rose by {p} per cent in early trading.",
                  "Storage sites were reported to be {p} per cent full on {day}.",
                  "Industry groups asked for a temporary cap on network charges."],
        "quotes": ["There is no reason for households to panic about this winter",
                   "We are paying the price for a decade of underinvestment",
                   "Our priority is to keep hospitals and schools warm"],
        "reports": ["supplies were secure for the coming months",
                    "a new interconnector would be finished within {d} months",
                    "the regulator would review tariffs on {day}"],
    },
    "health": {
        "titles": ["Hospitals in {place} postpone operations amid staff shortage",
                   "Vaccination campaign reaches rural districts",
                   "Doctors warn of rising winter admissions"],
        "facts": ["Waiting lists grew by {n} patients in the last quarter.",
                  "Clinics extended their opening hours from {day}.",
                  "The ministry said it had hired {n} nurses since the spring."],
        "quotes": ["Our staff are exhausted and they deserve better",
                   "The vaccine is safe, it is free and it saves lives",
                   "We will not close a single emergency department"],
        "reports": ["extra funding would be announced in the budget",
                    "the outbreak had peaked in the capital",
                    "{d} mobile clinics would be sent to the north"],
    },
    "trade": {
        "titles": ["Trade deal talks resume in {place}",
                   "Exporters brace for new tariffs",
                   "Port strike leaves hundreds of containers stranded"],
        "facts": ["Negotiators met for {h} hours without reaching agreement.",
                  "Exports fell by {p} per cent compared with the same month last year.",
                  "Shipping companies diverted vessels to neighbouring ports on {day}."],
        "quotes": ["A bad deal is worse than no deal at all",
                   "We are closer than we have ever been to an agreement",
                   "Small businesses cannot absorb these costs for long"],
        "reports": ["the talks would continue next week",
                    "tariffs on steel could be lifted within {d} days",
                    "the union had accepted an improved offer"],
    },
}

CEASEFIRE = {
    "titles": ["Kremlin says it will study ceasefire proposal",
               "Ceasefire talks in {place} enter second day as Kremlin weighs terms",
               "Envoys push for ceasefire; Kremlin demands guarantees",
               "Kremlin rejects monitors as ceasefire deadline nears"],
    "facts": ["Delegations met behind closed doors in {place} for {h} hours on {day}.",
              "The draft ceasefire would freeze front lines and open humanitarian corridors.",
              "Shelling continued in the east overnight, local officials said, despite the talks.",
              "Diplomats said the Kremlin had asked for written security guarantees before any ceasefire.",
              "Aid convoys waited at the crossing near {place} for permission to move.",
              "Both sides accused each other of violating a local truce within {h} hours.",
              "Markets rose on hopes of a ceasefire, with the rouble gaining {p} per cent.",
              "A prisoner exchange involving {d} soldiers was completed at dawn.",
              "Mediators shuttled between the two delegations' hotels until after midnight.",
              "The text under discussion runs to {d} pages and includes a map of the disengagement zone."],
    "quotes": ["We are studying the proposal carefully and will respond in due course",
               "A ceasefire that is not monitored is not a ceasefire at all",
               "The Kremlin is not in a hurry, and neither are we",
               "There can be no lasting ceasefire without the return of prisoners",
               "We agree in principle, but the details matter",
               "Nobody should expect a breakthrough this week",
               "The ball is now in Moscow's court",
               "We will judge the Kremlin by its actions, not its words",
               "Civilians cannot wait for diplomats to finish arguing about maps"],
    "reports": ["the Kremlin would give its answer within {d} days",
                "Moscow was ready to discuss a thirty-day ceasefire",
                "the Kremlin had not yet received the final text",
                "a ceasefire could begin as early as {day}"],
    "speakers": [("Kremlin spokesman", "Dmitri Orlov"), ("UN envoy", "Samira Haddad"),
                 ("Foreign Minister", "Elena Markova"), ("President", "Viktor Lanski"),
                 ("EU foreign policy chief", "Margit Solheim")],
}

# Openers and closers vary the sentences around a topic's facts, so that two outlets' stories on the
# same event share facts without being the same wire copy.
OPENERS = ["", "", "", "Earlier on {day}, ", "By late afternoon, ", "In a separate development, ",
           "Speaking to local radio, ", "Meanwhile in {place}, ", "Officials confirmed that ", "As expected, ",
           "Overnight, ", "Two sources familiar with the matter said ", "For the {ord} time this month, "]
CLOSERS = ["", "", "", " officials said", " according to local media", " a spokesperson confirmed",
           " witnesses told this newspaper", " the agency reported", " sources said on {day}",
           " in a move seen by analysts as significant", " for the first time since {year}"]
ORDINALS = ["second", "third", "fourth", "fifth"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = ["said", "told reporters", "said in a statement", "told a news conference", "wrote on social media"]


def fill(rng, template, place):
    return template.format(ord=rng.choice(ORDINALS), year=rng.randint(1990, 2023), place=place, n=rng.randint(40, 4000), h=rng.randint(2, 14), d=rng.randint(2, 30),
                           p=rng.randint(2, 40), day=rng.choice(DAYS))


def direct(rng, topic, speakers, place):
    title, name = rng.choice(speakers)
    quote = fill(rng, rng.choice(topic["quotes"]), place)
    form = rng.randrange(3)
    if form == 0:
        return f"\u201c{quote},\u201d {title} {name} {rng.choice(VERBS)}."
    if form == 1:
        return f"{title} {name} said: \u201c{quote}.\u201d"
    surname = name.split()[-1]
    return f"\u201c{quote},\u201d {surname} added, speaking in {place}."


def reported(rng, topic, speakers, place):
    title, name = rng.choice(speakers)
    clause = fill(rng, rng.choice(topic["reports"]), place)
    if rng.random() < 0.5:
        return f"{title} {name} said {clause}."
    return f"According to {name}, {clause}."


def fact(rng, topic, place):
    core = fill(rng, rng.choice(topic["facts"]), place).rstrip(".")
    opener = fill(rng, rng.choice(OPENERS), place)
    if opener:
        # Every fact opens with a common word, never a name.
        core = core[0].lower() + core[1:]
    closer = fill(rng, rng.choice(CLOSERS), place)
    return f"{opener}{core}{',' if closer else ''}{closer}."


def paragraphs(rng, topic, speakers, place):
    out = []
    for _ in range(rng.randint(4, 6)):
        sentences = [fact(rng, topic, place)]
        sentences.append(direct(rng, topic, speakers, place) if rng.random() < 0.6
                         else reported(rng, topic, speakers, place))
        if rng.random() < 0.5:
            sentences.append(fact(rng, topic, place))
        out.append(" ".join(sentences))
    return out


def item_xml(rng, feed_no, item_no, when, link_base):
    place = rng.choice(PLACES)
    if rng.random() < 0.1:
        topic, speakers = CEASEFIRE, CEASEFIRE["speakers"]
        # Every ceasefire story names the Kremlin at least once, as wire copy does.
        lead = f"Talks on a ceasefire resumed in {place} as the Kremlin weighed its reply."
    else:
        topic, speakers = TOPICS[rng.choice(sorted(TOPICS))], SPEAKERS
        lead = None
    title = fill(rng, rng.choice(topic["titles"]), place)
    paras = paragraphs(rng, topic, speakers, place)
    if lead:
        paras.insert(0, lead)
    html = "".join(f"<p>{escape(p)}</p>" for p in paras)
    slug = "-".join(title.lower().replace(";", "").replace(",", "").split()[:6])
    link = f"{link_base}/outlet-{feed_no:04d}/{when:%Y/%m/%d}/{slug}-{item_no}"
    author = rng.choice(["Staff reporter", "Our correspondent", "Wire services"])
    return (
        "    <item>\n"
        f"      <title>{escape(title)}</title>\n"
        f"      <link>{escape(link)}</link>\n"
        f"      <guid isPermaLink=\"true\">{escape(link)}</guid>\n"
        f"      <pubDate>{format_datetime(when)}</pubDate>\n"
        f"      <dc:creator>{escape(author)}</dc:creator>\n"
        f"      <category>World</category>\n"
        f"      <description>{escape(html)}</description>\n"
        "    </item>\n"
    )


def feed_xml(feed_no, items, link_base, seed):
    rng = random.Random(seed * 1_000_003 + feed_no)
    outlet = f"{OUTLETS[feed_no % len(OUTLETS)]} {feed_no:04d}"
    newest = datetime(2025, 3, 13, 14, 0, tzinfo=timezone.utc) - timedelta(minutes=rng.randint(0, 120))
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n',
        "  <channel>\n",
        f"    <title>{escape(outlet)} \u2014 World</title>\n",
        f"    <link>{link_base}/outlet-{feed_no:04d}/</link>\n",
        f"    <description>World news from {escape(outlet)}</description>\n",
        "    <language>en-gb</language>\n",
        f"    <lastBuildDate>{format_datetime(newest)}</lastBuildDate>\n",
    ]
    when = newest
    for item_no in range(items):
        parts.append(item_xml(rng, feed_no, item_no, when, link_base))
        when -= timedelta(minutes=rng.randint(5, 90))
    parts.append("  </channel>\n</rss>\n")
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--out", required=True, help="directory for feed-NNNN.xml")
    parser.add_argument("--link-base", default="http://127.0.0.1:9/news",
                        help="base of item links; must not be served")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    total = 0
    for feed_no in range(args.feeds):
        text = feed_xml(feed_no, args.items, args.link_base, args.seed)
        with open(os.path.join(args.out, f"feed-{feed_no:04d}.xml"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    print(f"{args.feeds} feeds x {args.items} items, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
