"""`briefing eval`: precision, recall and F1 of a briefing against hand-annotated gold files.

A gold file (`*.gold.json`, format `briefing-gold/1`) annotates one seed document: its actors
(name, kind, aliases, role keywords), quotes (text, speaker), events (years, month, evidence),
programs, glossary terms and reported statements; `optional_*` lists name items that are
neither required nor counted as false positives. Matching is lenient about case, quote marks,
punctuation and a leading article, and strict about content.

Attribution is strict: a quote's speaker is right when its name (or its actor's canonical name)
holds the gold speaker's wording, one of its `speaker_alt`, or a name of the gold actor that no
other gold actor shares ("James Brown" is not "Gen. CQ Brown", though both are "Brown"). It is
also reported per attribution method (how the speaker was found: `model.ATTRIBUTION_METHODS`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BriefingError
from .model import ATTRIBUTION_METHODS, Briefing

CATEGORIES = ("actors", "quotes", "events", "programs", "glossary", "statements")
_PUNCT = re.compile(r"[\"'`.,;:!?()\[\]]")
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})


def normalize(text: str) -> str:
    """Case-, quote- and punctuation-insensitive form of a name or passage."""
    text = unicodedata.normalize("NFKC", text or "").translate(_FOLD).replace("…", "...").casefold()
    text = _PUNCT.sub("", text).strip()
    text = re.sub(r"^(the|a|an) ", "", text)
    text = re.sub(r"'s\b", "", text)
    return " ".join(text.split())


def containment(a: str, b: str) -> float:
    """Share of the shorter passage's words found in the longer one."""
    wa, wb = normalize(a).replace("-", " ").split(), normalize(b).replace("-", " ").split()
    if not wa or not wb:
        return 0.0
    short, long_ = sorted((wa, wb), key=len)
    return sum((Counter(short) & Counter(long_)).values()) / len(short)


@dataclass
class Score:
    """Counts for one category of one document, with what was missed or extra."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, dict[str, Score]]  # document -> category -> score
    attribution: dict[str, float]  # document -> share of gold quotes with the right speaker
    # (quotes | statements) -> attribution method -> [gold items found, with the right speaker]
    methods: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def mean_f1(self, category: str) -> float:
        values = [s[category].f1 for s in self.scores.values()]
        return sum(values) / len(values) if values else 0.0


def _names(item: dict) -> set[str]:
    return {normalize(n) for n in [item.get("name", ""), *item.get("aliases", [])] if n}


def _cites(item: dict, doc_id: str) -> bool:
    refs = item.get("mentions") or item.get("sources") or [item]
    return any(r.get("document") == doc_id for r in refs)


def gold_speaker_names(gold_item: dict, gold_actors: list[dict]) -> set[str]:
    """The names that point at a gold item's speaker: its wording and `speaker_alt`, and the
    names of the gold actor it names that no other gold actor shares."""
    said = {normalize(n) for n in [gold_item["speaker"], *gold_item.get("speaker_alt", [])]}
    named = [_names(a) for a in gold_actors]
    wanted = set(said)
    for k, names in enumerate(named):
        if names & said:
            wanted |= names - set().union(*(n for j, n in enumerate(named) if j != k and not n & said))
    return wanted - {""}


def speaker_matches(item: dict, gold_item: dict, gold_actors: list[dict], actors: dict[str, dict]) -> bool:
    """True when the predicted speaker (its wording or its actor's canonical name) holds one of
    the gold speaker's names as whole words ("a senior US official" holds "US official")."""
    said = {normalize(item.get("speaker_name") or "")}
    if item.get("speaker") in actors:
        said.add(normalize(actors[item["speaker"]]["name"]))
    return any(f" {w} " in f" {p} " for w in gold_speaker_names(gold_item, gold_actors) for p in said - {""})


def score_named(predicted: list[dict], gold: list[dict], optional: list[str]) -> Score:
    """Actors or programs: one prediction per gold entity; splits count as false positives."""
    score, matched = Score(), set()
    gold_names = [_names(g) for g in gold]
    optional_names = {normalize(o) for o in optional}
    for item in predicted:
        names = _names(item)
        hit = next((i for i, g in enumerate(gold_names) if names & g), None)
        if hit is None:
            if not names & optional_names:
                score.fp += 1
                score.extra.append(item.get("name", ""))
        elif hit in matched:
            score.fp += 1
            score.extra.append(f"{item.get('name')} (split of {gold[hit]['name']})")
        else:
            matched.add(hit)
            score.tp += 1
    score.missed = [g["name"] for i, g in enumerate(gold) if i not in matched]
    score.fn = len(score.missed)
    return score


def _pair(gold: list[dict], predicted: list[dict], matches) -> tuple[set[int], list[dict]]:
    """Greedy one-to-one pairing: each gold item takes the first unused prediction it `matches`.

    Returns the indices of the paired predictions and the gold items left unpaired.
    """
    used: set[int] = set()
    missed = []
    for g in gold:
        hit = next((j for j, p in enumerate(predicted) if j not in used and matches(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    return used, missed


def score_passages(predicted: list[dict], gold: list[dict], *, gold_key: str, threshold: float,
                   optional: list[str] = ()) -> Score:
    """Quotes, statements: a prediction matches a gold passage it mostly contains; one that
    matches an optional passage is neither a hit nor an error."""
    used, missed = _pair(gold, predicted, lambda g, p: containment(g[gold_key], p.get("text", "")) >= threshold)
    extra = [p.get("text", "")[:70] for j, p in enumerate(predicted)
             if j not in used and not any(containment(o, p.get("text", "")) >= threshold for o in optional)]
    return Score(tp=len(used), fp=len(extra), fn=len(missed), missed=[g[gold_key][:70] for g in missed], extra=extra)


def score_events(predicted: list[dict], gold: list[dict], optional: list[dict]) -> Score:
    """Events: the right year and a sentence holding most of the gold evidence."""
    used, missed = _pair(
        gold,
        predicted,
        lambda g, p: int(p["date"][:4]) in g["years"] and containment(g["evidence"], p.get("sentence", "")) >= 0.8,
    )
    extra = [
        f"{p['date']}: {p.get('sentence', '')[:60]}"
        for j, p in enumerate(predicted)
        if j not in used and not any(containment(o["evidence"], p.get("sentence", "")) >= 0.8 for o in optional)
    ]
    return Score(
        tp=len(used), fp=len(extra), fn=len(missed),
        missed=[f"{g['years']}: {g['evidence'][:60]}" for g in missed], extra=extra,
    )


def score_glossary(predicted: list[dict], gold: list[dict]) -> Score:
    score, matched = Score(), set()
    for p in predicted:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if normalize(p["abbreviation"]) in {normalize(a) for a in [g["abbreviation"], *g.get("aliases", [])]}
                and containment(g["expansion"], p["expansion"]) >= 0.9
            ),
            None,
        )
        if hit is None or hit in matched:
            score.fp += 1
            score.extra.append(f"{p['abbreviation']}={p['expansion']}")
        else:
            matched.add(hit)
            score.tp += 1
    score.missed = [g["abbreviation"] for i, g in enumerate(gold) if i not in matched]
    score.fn = len(score.missed)
    return score


def _file_stems(document: dict) -> set[str]:
    """The names (without extension) of a document's seed files: its own, and its versions'."""
    return {Path(f["source"]).stem for f in [document, *document.get("versions", [])]}


def evaluate_document(briefing: dict, gold: dict) -> tuple[dict[str, Score], float, dict[str, list[tuple[str, bool]]]]:
    """Scores for the one document a gold file annotates, its quote attribution rate, and the
    (method, right speaker) of each gold quote and statement found."""
    stem = Path(gold["document"]).stem
    doc_id = next((d["id"] for d in briefing["documents"] if stem in _file_stems(d)), None)
    if doc_id is None:
        raise BriefingError(f"{gold['document']}: no such document in the briefing")
    actors = {a["id"]: a for a in briefing["actors"]}
    mine = {key: [i for i in briefing.get(key, []) if _cites(i, doc_id)] for key in CATEGORIES}
    quotes = score_passages(mine["quotes"], gold["quotes"], gold_key="text", threshold=0.9,
                            optional=gold.get("optional_quotes", []))
    found = attributions(mine["quotes"], gold["quotes"], gold["actors"], actors, gold_key="text", threshold=0.9)
    statements = score_passages(mine["statements"], gold.get("statements", []), gold_key="evidence", threshold=0.8)
    found_statements = attributions(mine["statements"], gold.get("statements", []), gold["actors"], actors,
                                    gold_key="evidence", threshold=0.8)
    scores = {
        "actors": score_named(mine["actors"], gold["actors"], gold.get("optional_actors", [])),
        "quotes": quotes,
        "events": score_events(mine["events"], gold["events"], gold.get("optional_events", [])),
        "programs": score_named(mine["programs"], gold["programs"], gold.get("optional_programs", [])),
        "glossary": score_glossary(mine["glossary"], gold.get("glossary", [])),
        "statements": statements,
    }
    attributed = sum(right for _method, right in found)
    return scores, attributed / len(gold["quotes"]) if gold["quotes"] else 1.0, {"quotes": found, "statements": found_statements}


def attributions(predicted: list[dict], gold: list[dict], gold_actors: list[dict], actors: dict[str, dict], *,
                 gold_key: str, threshold: float) -> list[tuple[str, bool]]:
    """For each gold item found (a prediction holds it), the attribution method of the prediction
    that matches it (one with the right speaker when there is one) and whether the speaker is right."""
    out = []
    for g in gold:
        holding = [p for p in predicted if containment(g[gold_key], p.get("text", "")) >= threshold]
        right = [p for p in holding if speaker_matches(p, g, gold_actors, actors)]
        if holding:
            out.append(((right or holding)[0].get("attribution", "named"), bool(right)))
    return out


def evaluate(briefing: Briefing, gold_paths: list[Path]) -> Report:
    data = briefing.to_dict()
    report = Report({}, {})
    for path in gold_paths:
        try:
            gold = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BriefingError(f"{path}: cannot read gold file ({exc})") from None
        scores, rate, found = evaluate_document(data, gold)
        report.scores[gold["document"]], report.attribution[gold["document"]] = scores, rate
        for kind, pairs in found.items():
            for method, right in pairs:
                counts = report.methods.setdefault(kind, {}).setdefault(method, [0, 0])
                counts[0] += 1
                counts[1] += right
    return report


def format_methods(report: Report) -> list[str]:
    """Attribution accuracy per method, for the gold quotes and statements that were found."""
    lines = []
    for kind in ("quotes", "statements"):
        methods = report.methods.get(kind, {})
        lines.append(f"\n{'method':<12} {kind:>10} {'correct':>8} {'accuracy':>9}   (gold {kind} found)")
        for method in [m for m in ATTRIBUTION_METHODS if m in methods]:
            n, right = methods[method]
            lines.append(f"{method:<12} {n:>10} {right:>8} {right / n:>9.3f}")
        n, right = sum(v[0] for v in methods.values()), sum(v[1] for v in methods.values())
        lines.append(f"{'all':<12} {n:>10} {right:>8} {right / n if n else 1.0:>9.3f}")
    return lines


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = [f"{'category':<11} {'P':>6} {'R':>6} {'F1':>6}   ({len(report.scores)} document(s))"]
    for category in CATEGORIES:
        rows = [s[category] for s in report.scores.values()]
        p = sum(r.precision for r in rows) / len(rows)
        r = sum(r.recall for r in rows) / len(rows)
        lines.append(f"{category:<11} {p:6.3f} {r:6.3f} {report.mean_f1(category):6.3f}")
    attribution = sum(report.attribution.values()) / len(report.attribution)
    lines.append(f"{'attribution':<11} {attribution:6.3f}   (quotes with the gold speaker, strictly)")
    lines += format_methods(report)
    if verbose:
        for doc, scores in report.scores.items():
            lines.append(f"\n== {doc}")
            for category, s in scores.items():
                if s.missed:
                    lines.append(f"  {category} missed: {s.missed}")
                if s.extra:
                    lines.append(f"  {category} extra: {s.extra}")
    overall = sum(report.mean_f1(c) for c in CATEGORIES[:5]) / 5
    lines.append(f"overall_f1={overall:.3f}")
    return "\n".join(lines)
