"""A synthetic Mila-style directory of any size, for the benchmark (issue 5).

    python -m benchmarks.synthetic --cards 10000 --out /tmp/site10k

Same markup and URL layout as the fixture site: the pages are rendered by the
fixture generator's own functions (``fixtures/build_site.py``: ``render_card``,
``render_profile``, ``render_listing``), so the crawler's selectors read them as
they read ``fixtures/site``, and ``profilecrawler serve-fixtures --fixtures-dir
OUT/site`` can serve them too. Deterministic: the same ``cards`` and ``seed``
give the same bytes.

What it holds, for a target of C publication cards (card = one publication on
one profile page):

* profiles: about 12% with no card; most (68%) with 1–19 cards; 17% with 20–60;
  3% with 61–200; and a few prolific members (one per 30,000 cards, at least one)
  with 510–660 cards, i.e. 51–66 pages of the publications pager (10 cards a page);
* publications appear on the pages of each member co-author: 30% on one profile,
  30% on two, 20% on three, 20% on four to eight ("most publications appear on
  several profiles");
* authors per publication: 86.5% 2–9, 12% 10–30, 1.5% 31–800 (lists of hundreds);
  a list of more than 10 shows 8 names and ``… (see N more)``, the rest in the
  hidden list, which for 5% of them holds fewer names than N;
* a few "mega" publications with 5,000–5,600 authors (one per 25,000 cards, at
  least two from 5,000 cards on), each on two profiles: the seed-like pages of
  5,000+ author entries;
* a date on 90% of publications (``Jun 2013`` mostly, ``21 Jun 2018``,
  ``October 25, 2023``, ``2019``), an abstract on 75% (cut by ``… (see more)``;
  5% cut for good), 3% with a title variant (a trailing period on one card).

Pagers show a window of 9 pages with first, previous, next and last links, as
Drupal's full pager does (the fixture site's pager links every page). Only
``members`` and ``alumni`` listings are crawled by ``scrapy crawl directory``;
the ``all`` listing is written too, as on the fixture site.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = 2  # part of the cache key: bump when the output changes
CARDS_PER_PAGE = 10
PEOPLE_PER_LISTING_PAGE = 16
MEGA_AUTHORS = (5000, 5600)


def fixture_builder():
    """``fixtures/build_site.py`` as a module (its renderers are the markup contract)."""
    name = "_profilecrawler_fixture_build_site"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "fixtures" / "build_site.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_ADJECTIVES = [
    "Scalable", "Robust", "Efficient", "Provable", "Sparse", "Causal", "Hierarchical", "Contrastive",
    "Federated", "Adaptive", "Bayesian", "Implicit", "Equivariant", "Multilingual", "Continual",
    "Self-Supervised", "Differentiable", "Interpretable", "Distributional", "Compositional",
    "Offline", "Few-Shot", "Energy-Based", "Modular", "Structured", "Latent", "Stochastic",
    "Geometric", "Neural", "Private",
]
_NOUNS = [
    "Attention", "Transformers", "Diffusion Models", "Policy Optimization", "Representations",
    "Graph Networks", "Language Models", "World Models", "Kernels", "Priors", "Estimators",
    "Embeddings", "Agents", "Tokenizers", "Benchmarks", "Retrieval", "Planning", "Calibration",
    "Distillation", "Pretraining", "Fine-Tuning", "Exploration", "Uncertainty", "Memory",
    "Reasoning", "Segmentation", "Alignment", "Compression", "Generalization", "Optimizers",
    "Normalizing Flows", "Mixture of Experts", "Neural Fields", "Scene Graphs", "Reward Models",
    "Value Functions", "Score Matching", "Sampling", "Quantization", "Pruning",
]
_PURPOSES = [
    "for", "with", "under", "beyond", "via", "without", "towards", "against",
]
_TOPICS = [
    "Protein Design", "Climate Forecasting", "Low-Resource Languages", "Medical Imaging",
    "Robotic Manipulation", "Code Generation", "Drug Discovery", "Speech Recognition",
    "Molecular Dynamics", "Remote Sensing", "Clinical Notes", "Traffic Prediction",
    "Material Science", "Wildlife Monitoring", "Energy Grids", "Theorem Proving",
    "Dialogue Systems", "Recommender Systems", "Autonomous Driving", "Weather Nowcasting",
    "Galaxy Morphology", "Genomics", "Legal Documents", "Sign Language", "Crop Yields",
    "Epidemic Modelling", "Ocean Currents", "Music Generation", "Tabular Data", "Video Understanding",
    "Distribution Shift", "Label Noise", "Long Contexts", "Sparse Rewards", "Partial Observability",
    "Limited Supervision", "Adversarial Attacks", "Missing Data", "Heavy Tails", "Noisy Labels",
]
_ROLES = ["Core Academic Member", "Associate Academic Member", "Core Industry Member", "Associate Industry Member"]
_RANKS = ["Assistant Professor", "Associate Professor", "Full Professor", "Research Scientist", "Lecturer"]
_INSTITUTIONS = [
    ("Université de Montréal", "Department of Computer Science and Operations Research"),
    ("McGill University", "School of Computer Science"),
    ("Polytechnique Montréal", "Department of Computer and Software Engineering"),
    ("HEC Montréal", "Department of Decision Sciences"),
    ("Concordia University", "Department of Computer Science and Software Engineering"),
]


@dataclass
class Profile:
    person: object  # build_site.Person
    target: int  # cards wanted on its pages
    cards: list = field(default_factory=list)  # build_site.Card, in page order


@dataclass
class Publication:
    title: str
    members: list[int]  # indexes of the profiles that list it
    authors: list[tuple[str, str | None]]  # (name, href or None), visible then hidden
    declared: int | None
    date: str | None
    year: int
    abstract: tuple[str, str | None] | None  # (visible part ending in "…", rest or None)
    title_variant: bool = False


def _name_pool(b) -> list[str]:
    initials = "ABCDEFGHJKLMNPRSTVW"
    names = [f"{first} {last}" for first in b.FIRST_NAMES for last in b.LAST_NAMES]
    names += [f"{first} {i}. {last}" for first in b.FIRST_NAMES for i in initials for last in b.LAST_NAMES]
    return names


def _draw_target(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.12:
        return 0
    if r < 0.80:
        return min(19, 1 + int(rng.expovariate(1 / 5)))
    if r < 0.97:
        return rng.randint(20, 60)
    return rng.randint(61, 200)


def _draw_members(rng: random.Random) -> int:
    r = rng.random()
    return 1 if r < 0.3 else 2 if r < 0.6 else 3 if r < 0.8 else rng.randint(4, 8)


def _draw_author_count(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.865:
        return rng.randint(2, 9)
    if r < 0.985:
        return rng.randint(10, 30)
    return min(800, 31 + int(rng.lognormvariate(4.3, 0.9)))


def _draw_date(rng: random.Random, b) -> tuple[str | None, int]:
    year = rng.randint(2010, 2025)
    r = rng.random()
    if r < 0.10:
        return None, year
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if r < 0.73:
        return f"{b.MONTHS[month - 1][:3]} {year}", year
    if r < 0.86:
        return f"{day} {b.MONTHS[month - 1][:3]} {year}", year
    if r < 0.95:
        return f"{b.MONTHS[month - 1]} {day}, {year}", year
    return str(year), year


def _draw_abstract(rng: random.Random, b) -> tuple[str, str | None] | None:
    if rng.random() >= 0.75:
        return None
    text = " ".join([b.make_abstract(rng), rng.choice(b.METHODS), rng.choice(b.CLOSINGS)])
    if rng.random() < 0.05:  # cut for good (at a formula)
        return text[: rng.randint(150, 300)].rstrip() + "…", None
    cut = rng.randint(len(text) // 4, len(text) // 2)
    return text[:cut] + "…", text[cut:]


class _Titles:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: set[str] = set()

    def draw(self) -> str:
        rng = self.rng
        while True:
            title = f"{rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)} {rng.choice(_PURPOSES)} {rng.choice(_TOPICS)}"
            if rng.random() < 0.5:
                title = f"{title}: {rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)}"
            if title.casefold() not in self.seen:
                self.seen.add(title.casefold())
                return title


def build(cards: int, seed: int = 5):
    """The model: profiles (with their cards in page order) and publications."""
    b = fixture_builder()
    rng = random.Random(seed)
    names = _name_pool(b)

    # --- profiles and their card targets ---------------------------------------------
    n_prolific = max(1, round(cards / 30000))
    n_mega = max(2, cards // 25000) if cards >= 5000 else 1
    prolific_target = (lambda: rng.randint(510, 660)) if cards >= 5000 else (lambda: max(12, cards // 8))
    targets = [prolific_target() for _ in range(n_prolific)]
    while sum(targets) + 2 * n_mega < cards:
        targets.append(_draw_target(rng))
    overshoot = sum(targets) + 2 * n_mega - cards
    while overshoot > 0:  # trim the last profiles so the total is exactly `cards`
        cut = min(overshoot, targets[-1])
        targets[-1] -= cut
        overshoot -= cut
        if overshoot:
            targets.pop()
    rng.shuffle(targets)

    profiles: list[Profile] = []
    slugs: set[str] = set()
    for target in targets:
        while True:
            name = rng.choice(names)
            if rng.random() < 0.3:
                name = f"{rng.choice(b.FIRST_NAMES)}-{name}"
            slug = b.slugify(name)
            if slug not in slugs:
                break
        slugs.add(slug)
        alumni = rng.random() < 0.35
        roles = ["Alumni"] if alumni else [rng.choice(_ROLES)] + (["Canada CIFAR AI Chair"] if rng.random() < 0.1 else [])
        positions = []
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            institution, department = rng.choice(_INSTITUTIONS)
            positions.append((rng.choice(_RANKS), institution, department))
        person = b.Person(name, roles, positions, slug=slug, portrait=rng.random() < 0.8, bio=rng.random() < 0.4)
        profiles.append(Profile(person, target))

    # --- publications: group the profiles' card slots into co-authorships ------------
    slots = [index for index, profile in enumerate(profiles) for _ in range(profile.target)]
    rng.shuffle(slots)
    queue = deque(slots)
    groups: list[list[int]] = []
    while queue:
        want, group, skipped = _draw_members(rng), [], []
        while queue and len(group) < want and len(skipped) < 20:
            index = queue.popleft()
            (skipped if index in group else group).append(index)
        queue.extendleft(reversed(skipped))
        groups.append(group)
    eligible = [i for i, p in enumerate(profiles) if p.target > 0] or list(range(len(profiles)))
    mega_groups = [rng.sample(eligible, min(2, len(eligible))) for _ in range(n_mega)]

    titles = _Titles(rng)
    publications: list[Publication] = []
    for number, group in enumerate(groups + mega_groups):
        mega = number >= len(groups)
        total = rng.randint(*MEGA_AUTHORS) if mega else max(_draw_author_count(rng), len(group) + rng.randint(0, 1))
        authors: list[tuple[str, str | None]] = [(rng.choice(names), None) for _ in range(total - len(group))]
        for index in group:
            slug = profiles[index].person.slug
            href = f"/en/directory/{slug}" if rng.random() < 0.9 else rng.choice(
                [f"/en/person/{slug}", f"/en/{slug}", f"/fr/annuaire/{slug}/"])
            position = rng.randint(0, min(len(authors), 12 if rng.random() < 0.8 else len(authors)))
            authors.insert(position, (profiles[index].person.name, href))
        declared = None
        if len(authors) > 10:
            declared = len(authors)
            if rng.random() < 0.05:  # the hidden list holds fewer names than the marker says
                del authors[-rng.randint(2, 5):]
        date, year = _draw_date(rng, b)
        publications.append(Publication(
            title=titles.draw(), members=group, authors=authors, declared=declared, date=date, year=year,
            abstract=_draw_abstract(rng, b), title_variant=len(group) > 1 and rng.random() < 0.03,
        ))

    # --- cards on each profile's pages, newest first ----------------------------------
    for publication in publications:
        for order, index in enumerate(publication.members):
            title = publication.title + ("." if publication.title_variant and order == 0 else "")
            card = b.Card(title=title, visible=publication.authors, date=publication.date)
            if publication.declared is not None:
                card.visible, card.hidden = publication.authors[:8], publication.authors[8:]
                card.marker = publication.declared - 8
            if publication.abstract is not None:
                card.abstract_visible, card.abstract_rest = publication.abstract
            profiles[index].cards.append((-publication.year, len(profiles[index].cards), card))
    for profile in profiles:
        profile.cards = [card for *_, card in sorted(profile.cards, key=lambda entry: entry[:2])]
    return profiles, publications


PAGER_WINDOW = 9  # page links around the current one, as Drupal's full pager shows them


def windowed_pager(current: int, count: int, href) -> str:
    """Drupal's full pager as a large listing shows it: first, previous, at most
    PAGER_WINDOW page links around the current page, next, last. (The fixture
    site's pager links every page, which on a listing of hundreds of pages would
    make every page link to every other.) Same markup as the fixture pager."""
    b = fixture_builder()
    start = max(0, min(current - PAGER_WINDOW // 2, count - PAGER_WINDOW))
    items = []
    if current > 0:
        items.append(f'<li class="pager__item pager__item--first"><a href="{b.attr(href(0))}" '
                     f'title="Go to first page">« First</a></li>')
        items.append(f'<li class="pager__item pager__item--previous"><a href="{b.attr(href(current - 1) + b.PAGER_JUNK)}" '
                     f'title="Go to previous page" rel="prev">‹ Previous</a></li>')
    for k in range(start, min(count, start + PAGER_WINDOW)):
        if k == current:
            items.append(f'<li class="pager__item is-active"><a href="{b.attr(href(k))}" title="Current page" '
                         f'aria-current="page">{k + 1}</a></li>')
        else:
            items.append(f'<li class="pager__item"><a href="{b.attr(href(k))}" title="Go to page {k + 1}">{k + 1}</a></li>')
    if current < count - 1:
        items.append(f'<li class="pager__item pager__item--next"><a href="{b.attr(href(current + 1) + b.PAGER_JUNK)}" '
                     f'title="Go to next page" rel="next">Next ›</a></li>')
        items.append(f'<li class="pager__item pager__item--last"><a href="{b.attr(href(count - 1))}" '
                     f'title="Go to last page">Last »</a></li>')
    body = "\n".join("    " + item for item in items)
    return (f'<nav class="pager" role="navigation" aria-label="Pagination">\n'
            f'  <ul class="pager__items js-pager__items">\n{body}\n  </ul>\n</nav>')


def _percentiles(values: list[int]) -> dict[str, int]:
    ordered = sorted(values) or [0]
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return {"p50": pick(0.5), "p90": pick(0.9), "p99": pick(0.99), "max": ordered[-1]}


def render(profiles: list[Profile], publications: list[Publication], out: Path) -> dict:
    """Write ``out/site`` (fixture layout) and return the manifest."""
    b = fixture_builder()
    fixture_pager, b.render_pager = b.render_pager, windowed_pager
    try:
        return _render(b, profiles, publications, out)
    finally:
        b.render_pager = fixture_pager


def _render(b, profiles: list[Profile], publications: list[Publication], out: Path) -> dict:
    site = out / "site"
    if site.exists():
        shutil.rmtree(site)
    (site / "en" / "directory" / "listing").mkdir(parents=True)
    (site / "robots.txt").write_text(b.ROBOTS_TXT, encoding="utf-8")
    ctx = SimpleNamespace(by_slug={}, topics={}, bios={}, students={})
    rng = random.Random(len(profiles))
    pages: list[dict] = []  # every page a directory crawl fetches: url path, file, cards
    total_bytes = 0

    def write(rel: str, text: str) -> int:
        data = text.encode("utf-8")
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return len(data)

    people = sorted((p.person for p in profiles), key=lambda person: person.slug)
    for view in ("all", "members", "alumni"):
        members = [p for p in people if view == "all" or (view == "alumni") == b.is_alumni(p)]
        count = max(1, -(-len(members) // PEOPLE_PER_LISTING_PAGE))
        for k in range(count):
            chunk = members[k * PEOPLE_PER_LISTING_PAGE:(k + 1) * PEOPLE_PER_LISTING_PAGE]
            size = write(f"en/directory/listing/{view}-{k}.html", b.render_listing(view, chunk, k, count))
            if view != "all":
                query = f"?member-type={view}" + (f"&page={k}" if k else "")
                pages.append({"url": "/en/directory" + query, "file": f"en/directory/listing/{view}-{k}.html",
                              "cards": 0, "authors": 0})
                total_bytes += size
    seed_like = []
    for profile in profiles:
        person = profile.person
        ctx.topics[person.slug] = rng.sample(b.TOPICS, rng.randint(0, 4))
        ctx.bios[person.slug] = b.biography(person, ctx.topics[person.slug])
        ctx.students[person.slug] = []
        chunks = [profile.cards[n:n + CARDS_PER_PAGE] for n in range(0, len(profile.cards), CARDS_PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks):
            rel = f"en/directory/{person.slug}/page-{n}.html"
            total_bytes += write(rel, b.render_profile(person, ctx, chunk, n, len(chunks)))
            authors = sum(len(card.visible) + len(card.hidden) for card in chunk)
            url = b.page_url(person.slug, n)
            pages.append({"url": url, "file": rel, "cards": len(chunk), "authors": authors})
            if authors >= 5000:
                seed_like.append(url)

    cards_per_profile = [len(p.cards) for p in profiles]
    authors_per_pub = [len(p.authors) for p in publications]
    on_profiles = Counter(len(p.members) for p in publications)
    manifest = {
        "profiles": len(profiles),
        "members": sum(not b.is_alumni(p.person) for p in profiles),
        "alumni": sum(b.is_alumni(p.person) for p in profiles),
        "publications": len(publications),
        "cards": sum(cards_per_profile),
        "author_entries": sum(page["authors"] for page in pages),
        "pages": len(pages),
        "listing_pages": sum(1 for page in pages if page["url"].startswith("/en/directory?")),
        "bytes": total_bytes,
        "cards_per_profile": _percentiles(cards_per_profile),
        "profiles_with_50_pages": sum(1 for n in cards_per_profile if n > 50 * CARDS_PER_PAGE),
        "authors_per_publication": _percentiles(authors_per_pub),
        "publications_on_several_profiles": round(
            sum(n for k, n in on_profiles.items() if k > 1) / max(1, len(publications)), 3),
        "seed_like_pages": seed_like,
        "page_list": pages,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def generate(out: Path, cards: int, seed: int = 5) -> dict:
    profiles, publications = build(cards, seed)
    return render(profiles, publications, out)


def ensure_site(cards: int, seed: int, cache: Path) -> tuple[Path, dict]:
    """The site for (cards, seed) under ``cache``, generated once and reused."""
    out = cache / f"site-{cards}-{seed}-v{GENERATOR_VERSION}"
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        return out / "site", json.loads(manifest_path.read_text(encoding="utf-8"))
    tmp = cache / f".tmp-{out.name}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    manifest = generate(tmp, cards, seed)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return out / "site", manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10000, help="publication cards in all (default 10000)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, required=True, help="writes OUT/site and OUT/manifest.json")
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.cards, args.seed)
    summary = {k: v for k, v in manifest.items() if k != "page_list"}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
