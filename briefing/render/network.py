"""The relationship maps (SVG drawn at build time) and the related actors with their evidence.

The overview shows the most prominent actors on a circle, grouped by community (networkx's
Louvain method with a fixed seed) and joined by their strongest links; an actor page shows its
neighbourhood: the actor in the middle, its strongest neighbours around it. Every circle links
to an actor page and every line to its evidence: the shared paragraphs listed under "Related
actors" on an actor page (`#with-<other>`). The SVG is inline and runs no script; it takes the
page's colours (CSS variables, light and dark palette), its links are focusable, and it carries
a title, a description and, beside it, a table of the same links. Labels are rotated along
their radius, so they never overlap, and coordinates are rounded: the same briefing gives the
same bytes. Node and link counts are capped, so a map stays legible and light at any size.

Links inside the SVG are written like Markdown links (to `.md` pages); `briefing.mkdocs_hooks`
turns them into the site's URLs, which Markdown does not do inside raw HTML.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markupsafe import Markup

from ..errors import BriefingError
from ..graph import Pair, RelationGraph
from .catalog import Catalog, Entity, PageIds, name_key
from .escape import _SAFE_URL, md_text, normalize_text
from .views import KIND_LABELS, kind_label

OVERVIEW_ACTORS = 36  # circles on the overview map
OVERVIEW_LINKS = 60  # lines on the overview map
NEIGHBOURS_DRAWN = 12  # neighbours around an actor on its page
NEIGHBOUR_LINKS = 18  # lines between those neighbours
MIN_NEIGHBOURS = 3  # an actor with fewer gets no map (its list says it all)
RELATED_LISTED = 20  # related actors listed on an actor page, each with its evidence
EVIDENCE_SHOWN = 5  # shared paragraphs linked per related actor
LABEL_CHARS = 24  # longer names are cut in labels (the full name is in the tooltip)
COMMUNITY_SEED = 7

FONT_PX = 12
CHAR_PX = 6.6  # average label character width at FONT_PX
ARC_PX = 34  # space along the circle per actor
NODE_PX = (4.0, 12.0)  # smallest and largest circle radius
LINE_PX = (1.0, 6.0)  # thinnest and thickest line


@dataclass
class _Dot:
    actor: str
    x: float
    y: float
    r: float
    angle: float | None  # degrees, for a label along the radius; None: label below


@dataclass
class _Line:
    a: str
    b: str
    path: str
    width: float
    href: str
    spoke: bool = False  # from the middle actor of a neighbourhood map (drawn stronger)


class Network:
    """The maps and related-actor lists of one site, from the briefing's relationship graph."""

    def __init__(self, cat: Catalog, graph: RelationGraph) -> None:
        self.cat = cat
        self.graph = graph
        top = graph.top_actors(OVERVIEW_ACTORS)
        self.overview_links = graph.strongest_links(top, OVERVIEW_LINKS)
        linked = {a for p in self.overview_links for a in p}
        self.overview_actors = [a for a in top if a in linked]
        # An overview line's evidence is listed on its more prominent actor's page (at least).
        self._hosted: dict[str, set[str]] = defaultdict(set)
        for a, b in self.overview_links:
            host, other = sorted((a, b), key=graph.prominence)
            self._hosted[host].add(other)
        self.listed = lru_cache(maxsize=None)(self._listed)
        self.anchors = lru_cache(maxsize=None)(self._anchors)

    # --- related actors and the evidence of a link -------------------------------------------

    def _listed(self, actor: str) -> tuple[str, ...]:
        """The related actors an actor page lists: its strongest links, plus the overview's
        links whose evidence it holds."""
        chosen = set(self.graph.neighbours(actor)[:RELATED_LISTED]) | self._hosted.get(actor, set())
        return tuple(sorted(chosen, key=lambda o: (-self.graph.weight(actor, o), name_key(self.cat.actors[o].name), o)))

    def _anchors(self, actor: str) -> dict[str, Markup]:
        """Heading id on `actor`'s page of each related actor's evidence: `with-<page>`."""
        ids = PageIds(self.cat.actors[actor].page)
        return {o: ids.take("with-" + self.cat.actors[o].page) for o in self.listed(actor)}

    def _listing(self, a: str, b: str) -> str | None:
        """The actor whose page lists the paragraphs naming both `a` and `b`, if any."""
        return a if b in self.listed(a) else b if a in self.listed(b) else None

    def evidence_url(self, a: str, b: str) -> str:
        """Where the paragraphs naming both `a` and `b` are listed (site-root-relative)."""
        host = self._listing(a, b)
        if host is None:
            raise BriefingError(f"no page lists the link between actors {a!r} and {b!r}")  # a bug, never data
        return f"{self.cat.actors[host].url}#{self.anchors(host)[b if host == a else a]}"

    def related(self, entity: Entity) -> list[dict[str, Any]]:
        """The related actors of an actor page, each with its first shared paragraphs."""
        anchors = self.anchors(entity.id)
        out = []
        for other in self.listed(entity.id):
            refs = sorted(self.graph.shared(entity.id, other), key=self.cat.ref_key)
            groups: dict[str, list[dict[str, Any]]] = {}
            for document, n in refs[:EVIDENCE_SHOWN]:
                groups.setdefault(document, []).append({"n": n, "url": self.cat.ref_url(document, n)})
            out.append(
                {
                    "name": self.cat.actors[other].name,
                    "url": self.cat.actors[other].url,
                    "anchor": anchors[other],
                    "shared": len(refs),
                    "groups": [{"title": self.cat.documents[d].heading, "refs": rs} for d, rs in groups.items()],
                    "more": max(0, len(refs) - EVIDENCE_SHOWN),
                }
            )
        return out

    # --- the maps ----------------------------------------------------------------------------

    def overview_map(self, base: str) -> dict[str, Any] | None:
        """The overview's map of the most prominent actors, or None without any link.

        `base` leads from the page to the site root (as in the templates)."""
        if not self.overview_links:
            return None
        order = self._circle_order(self.overview_actors, self.overview_links)
        radius = max(140.0, len(order) * ARC_PX / (2 * math.pi))
        dots = _ring(order, radius, self._sizes(order))
        lines = [self._chord(dots[a], dots[b]) for a, b in self.overview_links]
        description = (
            f"The {len(order)} actors named in the most documents, as circles sized by the number of paragraphs "
            "naming them, "
            f"and the {len(lines)} strongest links between them, as lines as wide as the number of paragraphs "
            "naming both. Each circle links to the actor's page, each line to the shared paragraphs."
        )
        title = "Map of the most prominent actors and their links"
        return self._view(title, description, order, dots, lines, radius, base)

    def actor_map(self, entity: Entity, base: str) -> dict[str, Any] | None:
        """An actor's neighbourhood map, or None when it has fewer than MIN_NEIGHBOURS links."""
        neighbours = self.graph.neighbours(entity.id)[:NEIGHBOURS_DRAWN]
        if len(neighbours) < MIN_NEIGHBOURS:
            return None
        # lines between neighbours, when a page lists their shared paragraphs
        every = self.graph.strongest_links(neighbours, len(neighbours) ** 2)
        between = [p for p in every if self._listing(*p)][:NEIGHBOUR_LINKS]
        order = self._chain_order(neighbours, between)
        radius = max(140.0, len(order) * ARC_PX / (2 * math.pi))
        sizes = self._sizes([entity.id, *order])
        dots = _ring(order, radius, sizes)
        dots[entity.id] = _Dot(entity.id, 0.0, 0.0, sizes[entity.id], None)
        lines = [self._spoke(dots[entity.id], dots[o]) for o in neighbours]
        lines += [self._chord(dots[a], dots[b]) for a, b in between]
        description = (
            f"{normalize_text(entity.name)} in the middle, and around it the {len(order)} actors named most often "
            "in the same paragraphs, as circles sized by the number of paragraphs naming them; lines are as wide as the "
            "number of paragraphs naming both. Each circle links to the actor's page, each line to the shared "
            "paragraphs."
        )
        title = f"Map of the actors named with {normalize_text(entity.name)}"
        return self._view(title, description, [entity.id, *order], dots, lines, radius, base)

    def _sizes(self, actors: list[str]) -> dict[str, float]:
        """Circle radius per actor: area grows with the number of paragraphs naming it."""
        most = max(self.graph.nodes[a].paragraphs for a in actors) or 1
        low, high = NODE_PX
        return {a: round(low + (high - low) * math.sqrt(self.graph.nodes[a].paragraphs / most), 1) for a in actors}

    def _circle_order(self, actors: list[str], links: list[Pair]) -> list[str]:
        """Actors around the circle: communities side by side (most prominent first), each in
        prominence order, so that most lines join near neighbours."""
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(actors)
        g.add_weighted_edges_from((a, b, self.graph.weight(a, b)) for a, b in links)
        communities = nx.community.louvain_communities(g, weight="weight", seed=COMMUNITY_SEED)
        groups = [sorted(c, key=self.graph.prominence) for c in communities]
        groups.sort(key=lambda members: self.graph.prominence(members[0]))
        return [a for members in groups for a in members]

    def _chain_order(self, actors: list[str], links: list[Pair]) -> list[str]:
        """Neighbours around an actor: each next one the most strongly linked to the one before
        (by the given `links`), else the next in `actors`. Cheap enough for every actor page."""
        linked: dict[str, dict[str, int]] = defaultdict(dict)
        for a, b in links:
            linked[a][b] = linked[b][a] = self.graph.weight(a, b)
        order, left = [actors[0]], actors[1:]
        while left:
            near = linked[order[-1]]
            follow = max(left, key=lambda o: (near.get(o, 0), -left.index(o)))
            order.append(follow)
            left.remove(follow)
        return order

    def _chord(self, a: _Dot, b: _Dot) -> _Line:
        """A line between two actors on the circle, bent towards the middle."""
        cx, cy = (a.x + b.x) * 0.3, (a.y + b.y) * 0.3
        (x1, y1), (x2, y2) = _towards(a, cx, cy), _towards(b, cx, cy)
        path = f"M{_n(x1)} {_n(y1)}Q{_n(cx)} {_n(cy)} {_n(x2)} {_n(y2)}"
        return _Line(a.actor, b.actor, path, 0.0, self.evidence_url(a.actor, b.actor))

    def _spoke(self, centre: _Dot, dot: _Dot) -> _Line:
        (x1, y1), (x2, y2) = _towards(centre, dot.x, dot.y), _towards(dot, centre.x, centre.y)
        path = f"M{_n(x1)} {_n(y1)}L{_n(x2)} {_n(y2)}"
        return _Line(centre.actor, dot.actor, path, 0.0, self.evidence_url(centre.actor, dot.actor), spoke=True)

    def _view(
        self,
        title: str,
        description: str,
        actors: list[str],
        dots: dict[str, _Dot],
        lines: list[_Line],
        radius: float,
        base: str,
    ) -> dict[str, Any]:
        """The template data of a map: the SVG, and its links as table rows."""
        heaviest = max(self.graph.weight(line.a, line.b) for line in lines)
        low, high = LINE_PX
        for line in lines:
            line.width = round(low + (high - low) * math.sqrt(self.graph.weight(line.a, line.b) / heaviest), 1)
        return {
            "svg": _svg(self, title, description, actors, dots, lines, radius, base),
            "actor_count": len(actors),
            "link_count": len(lines),
            "kinds": [{"kind": k, "label": KIND_LABELS.get(k, k)} for k in sorted({self.graph.nodes[a].kind for a in actors})],
            "links": [
                {
                    "a": self._actor_cell(line.a),
                    "b": self._actor_cell(line.b),
                    "shared": self.graph.weight(line.a, line.b),
                    "url": line.href,
                }
                for line in lines
            ],
        }

    def _actor_cell(self, actor: str) -> dict[str, str]:
        entity = self.cat.actors[actor]
        return {"id": actor, "name": entity.name, "url": entity.url}


def _ring(actors: list[str], radius: float, sizes: dict[str, float]) -> dict[str, _Dot]:
    """Actors evenly on a circle, the first at the top, clockwise."""
    dots = {}
    for i, actor in enumerate(actors):
        angle = -90.0 + 360.0 * i / len(actors)
        x, y = radius * math.cos(math.radians(angle)), radius * math.sin(math.radians(angle))
        dots[actor] = _Dot(actor, round(x, 1), round(y, 1), sizes[actor], angle)
    return dots


def _towards(dot: _Dot, x: float, y: float) -> tuple[float, float]:
    """The point on `dot`'s rim facing (x, y): lines start at the rim, not under the circle."""
    dx, dy = x - dot.x, y - dot.y
    length = math.hypot(dx, dy) or 1.0
    return dot.x + dx / length * dot.r, dot.y + dy / length * dot.r


def _n(value: float) -> str:
    """A coordinate with one decimal, without a useless '.0' or '-0'."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def _label(name: str) -> str:
    name = normalize_text(name)
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _href(url: str, base: str) -> str:
    """A link of ours inside the SVG: `url` relative to the page (see `briefing.mkdocs_hooks`)."""
    if not _SAFE_URL.match(url):
        raise BriefingError(f"refusing to write an unsafe link target: {url!r}")
    return url if url.startswith("#") else base + url


def _svg(
    net: Network,
    title: str,
    description: str,
    actors: list[str],
    dots: dict[str, _Dot],
    lines: list[_Line],
    radius: float,
    base: str,
) -> Markup:
    """The SVG markup. Seed text enters only through `md_text`, links only through `_href`."""
    margin = LABEL_CHARS * CHAR_PX + NODE_PX[1] + 12
    size = _n(2 * (radius + margin))
    graph = net.graph
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bf-map" viewBox="{_n(-radius - margin)} {_n(-radius - margin)} '
        f'{size} {size}" width="{size}" role="group" aria-labelledby="bf-map-title" aria-describedby="bf-map-desc">',
        f'<title id="bf-map-title">{md_text(title)}</title><desc id="bf-map-desc">{md_text(description)}</desc>',
        '<g class="bf-nodes">',
    ]
    for actor in actors:
        dot, node, entity = dots[actor], graph.nodes[actor], net.cat.actors[actor]
        tip = (
            f"{node.name} ({kind_label(node.kind)}, {node.paragraphs} paragraph{'s' if node.paragraphs != 1 else ''} "
            f"in {node.documents} document{'s' if node.documents != 1 else ''})"
        )
        parts.append(
            f'<a href="{_href(entity.url, base)}"><title>{md_text(tip)}</title>'
            f'<circle class="bf-{md_text(node.kind)}" cx="{_n(dot.x)}" cy="{_n(dot.y)}" r="{_n(dot.r)}"/>'
            f"{_label_markup(dot, _label(node.name))}</a>"
        )
    parts.append('</g><g class="bf-links">')
    for line in lines:
        a, b, weight = graph.nodes[line.a], graph.nodes[line.b], graph.weight(line.a, line.b)
        tip = f"{a.name} and {b.name}: named together in {weight} paragraph{'s' if weight != 1 else ''}"
        spoke = ' class="bf-spoke"' if line.spoke else ""
        parts.append(
            f'<a href="{_href(line.href, base)}"><title>{md_text(tip)}</title>'
            f'<path{spoke} d="{line.path}" stroke-width="{_n(line.width)}"/></a>'
        )
    parts.append("</g></svg>")
    return Markup("".join(parts))


def _label_markup(dot: _Dot, label: str) -> str:
    """A label beyond the circle along its radius (turned upright on the left half), or
    centred below the middle circle."""
    text = md_text(label)
    if dot.angle is None:
        return f'<text class="bf-centre" x="{_n(dot.x)}" y="{_n(dot.y + dot.r + FONT_PX + 2)}" text-anchor="middle">{text}</text>'
    gap = math.hypot(dot.x, dot.y) + dot.r + 5
    if 90.0 < dot.angle < 270.0:
        return f'<text transform="rotate({_n(dot.angle + 180)})" x="{_n(-gap)}" dy=".35em" text-anchor="end">{text}</text>'
    return f'<text transform="rotate({_n(dot.angle)})" x="{_n(gap)}" dy=".35em">{text}</text>'
